import { defineMessages } from '../core/feature/define-messages.js';

/** The accounts feature's server messages (errors, field errors, e-mails). */
export const ACCOUNT_MESSAGES = defineMessages({
  en: {
    'field.passwordLength': 'Use {{min}} to {{max}} characters.',
    'field.passwordCommon': 'This password is too common; choose another.',
    'field.passwordWrong': 'The password is not correct.',
    'field.emailTaken': 'An account with this e-mail address already exists.',
    'field.credentials': 'The e-mail address or password is not correct.',
    'field.totpRequired': 'Enter the 6-digit code from your authenticator app.',
    'field.totpWrong': 'The code is not correct.',
    'field.locale': 'Choose one of: {{values}}.',
    'field.timeZone': 'Choose a time zone such as Africa/Nairobi.',
    'field.tokenInvalid': 'This link is not valid or has expired.',
    'error.needsSession': 'Sign in with your password to do this: API tokens cannot change account security.',
    'error.mfaAlreadyEnabled': 'Two-factor authentication is already on.',
    'error.mfaNotPending': 'Start the two-factor setup first.',
    'error.mfaNotEnabled': 'Two-factor authentication is not on.',
    'field.recoveryCodeWrong': 'This recovery code is not valid or was already used.',
    'mail.passwordResetSubject': 'Reset your Election Workspace password',
    'mail.passwordResetBody':
      'Someone asked to reset the password of the Election Workspace account for this address.\n\nTo choose a new password, open this link within one hour. It works once:\n{{link}}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.',
    'accounts.emailConfirmationUnavailable':
      'This server sends no e-mail, so it cannot confirm your address by link. Ask a platform administrator to confirm it, or accept an invitation through the link you were given.',
    'accounts.emailUnconfirmed':
      'Confirm your e-mail address first: use the link we e-mail you from your account page, or the invitation link you received.',
    'accounts.signInEmailUnconfirmed':
      'Your e-mail address is not confirmed yet. Open the link we e-mailed you (we have sent a new one), then sign in.',
    'accounts.mail.signUpAttemptSubject': 'Sign-up attempt with your address on Election Workspace',
    'accounts.mail.signUpAttemptBody':
      'Someone tried to create an Election Workspace account with this address, which already has one. Nothing has changed.\n\nIf it was you, sign in:\n{{signInLink}}\n\nIf you forgot your password, choose a new one:\n{{resetLink}}\n\nIf it was not you, ignore this e-mail.',
    'accounts.mail.emailConfirmationSubject': 'Confirm your e-mail address for Election Workspace',
    'accounts.mail.emailConfirmationBody':
      'To confirm that this address belongs to your Election Workspace account, open this link within 24 hours. It works once:\n{{link}}\n\nIf you did not ask for this, ignore this e-mail.',
    'accounts.sudoRequired':
      'For this change, enter your password again (and your second factor, if you use one).',
    'accounts.tokenReadOnly':
      'This API token is read-only: it can run queries and subscriptions, not changes.',
    'accounts.tokenExpiry': 'Choose a date in the future, at most a year from now.',
    'notification.passwordResetLinkIssued':
      'A platform administrator created a password reset link for your account. If you did not ask for it, tell them.',
    'accounts.mail.passwordResetLinkIssuedSubject':
      'A password reset link was created for your Election Workspace account',
    'accounts.mail.passwordResetLinkIssuedBody':
      'A platform administrator created a one-hour password reset link for your Election Workspace account. Your second factor, if you use one, is still needed after a reset.\n\nIf you did not ask for this, contact your administrators.',
    'accounts.emailChangeUnavailable':
      'This server sends no e-mail, so it cannot confirm a new address. Ask a platform administrator to change it.',
    'accounts.mail.emailChangeSubject': 'Confirm your new e-mail address for Election Workspace',
    'accounts.mail.emailChangeBody':
      'Someone asked to use this address for their Election Workspace account. To confirm, open this link within 24 hours. It works once, and signs the account out everywhere else:\n{{link}}\n\nIf you did not ask for this, ignore this e-mail.',
    'accounts.mail.emailChangeNoticeSubject': 'Your Election Workspace address is about to change',
    'accounts.mail.emailChangeNoticeBody':
      'Someone signed in to your Election Workspace account asked to change its e-mail address to {{newEmail}}. It changes only when the link sent there is opened.\n\nIf it was not you, change your password and sign out your other sessions now.',
    'accounts.mail.emailChangeAttemptSubject': 'Someone tried to use your address on Election Workspace',
    'accounts.mail.emailChangeAttemptBody':
      'Someone asked to move another Election Workspace account to this address, which already has one. Nothing has changed.\n\nIf it was not you, ignore this e-mail.',
  },
  fr: {
    'field.passwordLength': 'Utilisez de {{min}} à {{max}} caractères.',
    'field.passwordCommon': 'Ce mot de passe est trop courant ; choisissez-en un autre.',
    'field.passwordWrong': "Le mot de passe n'est pas correct.",
    'field.emailTaken': 'Un compte existe déjà avec cette adresse e-mail.',
    'field.credentials': "L'adresse e-mail ou le mot de passe n'est pas correct.",
    'field.totpRequired': "Saisissez le code à 6 chiffres de votre application d'authentification.",
    'field.totpWrong': "Le code n'est pas correct.",
    'field.locale': "Choisissez l'une des valeurs : {{values}}.",
    'field.timeZone': 'Choisissez un fuseau horaire tel que Africa/Nairobi.',
    'field.tokenInvalid': "Ce lien n'est pas valide ou a expiré.",
    'error.needsSession':
      "Connectez-vous avec votre mot de passe pour faire cela : les jetons d'API ne peuvent pas modifier la sécurité du compte.",
    'error.mfaAlreadyEnabled': "L'authentification à deux facteurs est déjà activée.",
    'error.mfaNotPending': "Commencez d'abord la configuration de l'authentification à deux facteurs.",
    'error.mfaNotEnabled': "L'authentification à deux facteurs n'est pas activée.",
    'field.recoveryCodeWrong': "Ce code de récupération n'est pas valide ou a déjà été utilisé.",
    'mail.passwordResetSubject': 'Réinitialisez votre mot de passe Election Workspace',
    'mail.passwordResetBody':
      "Quelqu'un a demandé la réinitialisation du mot de passe du compte Election Workspace lié à cette adresse.\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure. Il ne fonctionne qu'une fois :\n{{link}}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.",
    'accounts.emailConfirmationUnavailable':
      "Ce serveur n'envoie pas d'e-mails : il ne peut pas confirmer votre adresse par un lien. Demandez à un administrateur de la plateforme de la confirmer, ou acceptez une invitation avec le lien que vous avez reçu.",
    'accounts.emailUnconfirmed':
      "Confirmez d'abord votre adresse e-mail : avec le lien que nous vous envoyons depuis la page de votre compte, ou avec le lien d'invitation reçu.",
    'accounts.signInEmailUnconfirmed':
      "Votre adresse e-mail n'est pas encore confirmée. Ouvrez le lien que nous vous avons envoyé (un nouveau vient de partir), puis connectez-vous.",
    'accounts.mail.signUpAttemptSubject': "Tentative d'inscription avec votre adresse sur Election Workspace",
    'accounts.mail.signUpAttemptBody':
      "Quelqu'un a tenté de créer un compte Election Workspace avec cette adresse, qui en a déjà un. Rien n'a changé.\n\nSi c'était vous, connectez-vous :\n{{signInLink}}\n\nSi vous avez oublié votre mot de passe, choisissez-en un nouveau :\n{{resetLink}}\n\nSi ce n'était pas vous, ignorez cet e-mail.",
    'accounts.mail.emailConfirmationSubject': 'Confirmez votre adresse e-mail pour Election Workspace',
    'accounts.mail.emailConfirmationBody':
      "Pour confirmer que cette adresse appartient à votre compte Election Workspace, ouvrez ce lien dans les 24 heures. Il ne fonctionne qu'une fois :\n{{link}}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.",
    'accounts.sudoRequired':
      'Pour cette modification, saisissez à nouveau votre mot de passe (et votre second facteur, si vous en utilisez un).',
    'accounts.tokenReadOnly':
      "Ce jeton d'API est en lecture seule : il peut lancer des requêtes et des abonnements, pas des modifications.",
    'accounts.tokenExpiry': 'Choisissez une date future, au plus dans un an.',
    'notification.passwordResetLinkIssued':
      "Un administrateur de la plateforme a créé un lien de réinitialisation du mot de passe de votre compte. Si vous ne l'avez pas demandé, signalez-le-lui.",
    'accounts.mail.passwordResetLinkIssuedSubject':
      'Un lien de réinitialisation a été créé pour votre compte Election Workspace',
    'accounts.mail.passwordResetLinkIssuedBody':
      "Un administrateur de la plateforme a créé un lien de réinitialisation du mot de passe valable une heure pour votre compte Election Workspace. Votre second facteur, si vous en utilisez un, reste demandé après la réinitialisation.\n\nSi vous ne l'avez pas demandé, contactez vos administrateurs.",
    'accounts.emailChangeUnavailable':
      "Ce serveur n'envoie pas d'e-mails : il ne peut pas confirmer une nouvelle adresse. Demandez à un administrateur de la plateforme de la changer.",
    'accounts.mail.emailChangeSubject': 'Confirmez votre nouvelle adresse e-mail pour Election Workspace',
    'accounts.mail.emailChangeBody':
      "Quelqu'un a demandé à utiliser cette adresse pour son compte Election Workspace. Pour confirmer, ouvrez ce lien dans les 24 heures. Il ne fonctionne qu'une fois et déconnecte le compte partout ailleurs :\n{{link}}\n\nSi vous n'avez rien demandé, ignorez cet e-mail.",
    'accounts.mail.emailChangeNoticeSubject': 'Votre adresse Election Workspace va changer',
    'accounts.mail.emailChangeNoticeBody':
      "Une personne connectée à votre compte Election Workspace a demandé à changer son adresse e-mail pour {{newEmail}}. Elle ne change que lorsque le lien envoyé à cette adresse est ouvert.\n\nSi ce n'était pas vous, changez votre mot de passe et fermez vos autres sessions maintenant.",
    'accounts.mail.emailChangeAttemptSubject':
      "Quelqu'un a essayé d'utiliser votre adresse sur Election Workspace",
    'accounts.mail.emailChangeAttemptBody':
      "Quelqu'un a demandé à déplacer un autre compte Election Workspace vers cette adresse, qui en a déjà un. Rien n'a changé.\n\nSi ce n'était pas vous, ignorez cet e-mail.",
  },
  es: {
    'field.passwordLength': 'Use entre {{min}} y {{max}} caracteres.',
    'field.passwordCommon': 'Esta contraseña es demasiado común; elija otra.',
    'field.passwordWrong': 'La contraseña no es correcta.',
    'field.emailTaken': 'Ya existe una cuenta con esta dirección de correo.',
    'field.credentials': 'La dirección de correo o la contraseña no son correctas.',
    'field.totpRequired': 'Introduzca el código de 6 dígitos de su aplicación de autenticación.',
    'field.totpWrong': 'El código no es correcto.',
    'field.locale': 'Elija uno de: {{values}}.',
    'field.timeZone': 'Elija una zona horaria como Africa/Nairobi.',
    'field.tokenInvalid': 'Este enlace no es válido o ha caducado.',
    'error.needsSession':
      'Inicie sesión con su contraseña para hacer esto: los tokens de API no pueden cambiar la seguridad de la cuenta.',
    'error.mfaAlreadyEnabled': 'La autenticación en dos pasos ya está activada.',
    'error.mfaNotPending': 'Primero inicie la configuración de la autenticación en dos pasos.',
    'error.mfaNotEnabled': 'La autenticación en dos pasos no está activada.',
    'field.recoveryCodeWrong': 'Este código de recuperación no es válido o ya se usó.',
    'mail.passwordResetSubject': 'Restablezca su contraseña de Election Workspace',
    'mail.passwordResetBody':
      'Alguien pidió restablecer la contraseña de la cuenta de Election Workspace asociada a esta dirección.\n\nPara elegir una contraseña nueva, abra este enlace en el plazo de una hora. Solo funciona una vez:\n{{link}}\n\nSi no lo pidió usted, ignore este correo: su contraseña no cambia.',
    'accounts.emailConfirmationUnavailable':
      'Este servidor no envía correos, así que no puede confirmar su dirección con un enlace. Pida a un administrador de la plataforma que la confirme, o acepte una invitación con el enlace que recibió.',
    'accounts.emailUnconfirmed':
      'Confirme primero su dirección de correo: con el enlace que le enviamos desde la página de su cuenta, o con el enlace de invitación que recibió.',
    'accounts.signInEmailUnconfirmed':
      'Su dirección de correo aún no está confirmada. Abra el enlace que le enviamos (acabamos de enviar uno nuevo) y luego inicie sesión.',
    'accounts.mail.signUpAttemptSubject': 'Intento de registro con su dirección en Election Workspace',
    'accounts.mail.signUpAttemptBody':
      'Alguien intentó crear una cuenta de Election Workspace con esta dirección, que ya tiene una. No ha cambiado nada.\n\nSi fue usted, inicie sesión:\n{{signInLink}}\n\nSi olvidó su contraseña, elija una nueva:\n{{resetLink}}\n\nSi no fue usted, ignore este correo.',
    'accounts.mail.emailConfirmationSubject': 'Confirme su dirección de correo en Election Workspace',
    'accounts.mail.emailConfirmationBody':
      'Para confirmar que esta dirección pertenece a su cuenta de Election Workspace, abra este enlace en las próximas 24 horas. Solo funciona una vez:\n{{link}}\n\nSi no lo pidió usted, ignore este correo.',
    'accounts.sudoRequired':
      'Para este cambio, vuelva a introducir su contraseña (y su segundo factor, si lo usa).',
    'accounts.tokenReadOnly':
      'Este token de API es de solo lectura: puede hacer consultas y suscripciones, no cambios.',
    'accounts.tokenExpiry': 'Elija una fecha futura, como máximo dentro de un año.',
    'notification.passwordResetLinkIssued':
      'Un administrador de la plataforma creó un enlace para restablecer la contraseña de su cuenta. Si no lo pidió, avísele.',
    'accounts.mail.passwordResetLinkIssuedSubject':
      'Se creó un enlace de restablecimiento para su cuenta de Election Workspace',
    'accounts.mail.passwordResetLinkIssuedBody':
      'Un administrador de la plataforma creó un enlace de una hora para restablecer la contraseña de su cuenta de Election Workspace. Su segundo factor, si lo usa, sigue siendo necesario después del restablecimiento.\n\nSi no lo pidió, contacte con sus administradores.',
    'accounts.emailChangeUnavailable':
      'Este servidor no envía correos, así que no puede confirmar una dirección nueva. Pida a un administrador de la plataforma que la cambie.',
    'accounts.mail.emailChangeSubject': 'Confirme su nueva dirección de correo para Election Workspace',
    'accounts.mail.emailChangeBody':
      'Alguien pidió usar esta dirección para su cuenta de Election Workspace. Para confirmarlo, abra este enlace en las próximas 24 horas. Funciona una vez y cierra la sesión de la cuenta en todos los demás lugares:\n{{link}}\n\nSi no lo pidió, ignore este correo.',
    'accounts.mail.emailChangeNoticeSubject': 'Su dirección de Election Workspace va a cambiar',
    'accounts.mail.emailChangeNoticeBody':
      'Alguien con sesión en su cuenta de Election Workspace pidió cambiar su dirección de correo a {{newEmail}}. Solo cambia cuando se abre el enlace enviado allí.\n\nSi no fue usted, cambie su contraseña y cierre sus otras sesiones ahora.',
    'accounts.mail.emailChangeAttemptSubject': 'Alguien intentó usar su dirección en Election Workspace',
    'accounts.mail.emailChangeAttemptBody':
      'Alguien pidió mover otra cuenta de Election Workspace a esta dirección, que ya tiene una. No ha cambiado nada.\n\nSi no fue usted, ignore este correo.',
  },
  ar: {
    'field.passwordLength': 'استخدم من {{min}} إلى {{max}} حرفًا.',
    'field.passwordCommon': 'كلمة المرور هذه شائعة جدًا؛ اختر غيرها.',
    'field.passwordWrong': 'كلمة المرور غير صحيحة.',
    'field.emailTaken': 'يوجد حساب بهذا البريد الإلكتروني بالفعل.',
    'field.credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    'field.totpRequired': 'أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.',
    'field.totpWrong': 'الرمز غير صحيح.',
    'field.locale': 'اختر واحدًا من: {{values}}.',
    'field.timeZone': 'اختر منطقة زمنية مثل Africa/Nairobi.',
    'field.tokenInvalid': 'هذا الرابط غير صالح أو منتهي الصلاحية.',
    'error.needsSession':
      'سجّل الدخول بكلمة المرور للقيام بذلك: لا يمكن لرموز واجهة البرمجة تغيير أمان الحساب.',
    'error.mfaAlreadyEnabled': 'المصادقة الثنائية مفعّلة بالفعل.',
    'error.mfaNotPending': 'ابدأ إعداد المصادقة الثنائية أولًا.',
    'error.mfaNotEnabled': 'المصادقة الثنائية غير مفعّلة.',
    'field.recoveryCodeWrong': 'رمز الاسترداد هذا غير صالح أو سبق استخدامه.',
    'mail.passwordResetSubject': 'إعادة تعيين كلمة مرور Election Workspace',
    'mail.passwordResetBody':
      'طلب أحدهم إعادة تعيين كلمة مرور حساب Election Workspace المرتبط بهذا العنوان.\n\nلاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة واحدة. يعمل مرة واحدة فقط:\n{{link}}\n\nإذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
    'accounts.emailConfirmationUnavailable':
      'هذا الخادم لا يرسل بريدًا إلكترونيًا، لذا لا يمكنه تأكيد عنوانك برابط. اطلب من أحد مسؤولي المنصة تأكيده، أو اقبل دعوة عبر الرابط الذي تلقيته.',
    'accounts.emailUnconfirmed':
      'أكّد عنوان بريدك الإلكتروني أولًا: بالرابط الذي نرسله إليك من صفحة حسابك، أو برابط الدعوة الذي تلقيته.',
    'accounts.signInEmailUnconfirmed':
      'لم يتم تأكيد عنوان بريدك الإلكتروني بعد. افتح الرابط الذي أرسلناه إليك (أرسلنا رابطًا جديدًا)، ثم سجّل الدخول.',
    'accounts.mail.signUpAttemptSubject': 'محاولة تسجيل بعنوانك في Election Workspace',
    'accounts.mail.signUpAttemptBody':
      'حاول شخص ما إنشاء حساب في Election Workspace بهذا العنوان، وله حساب بالفعل. لم يتغيّر شيء.\n\nإن كنت أنت، سجّل الدخول:\n{{signInLink}}\n\nإن نسيت كلمة المرور، اختر كلمة جديدة:\n{{resetLink}}\n\nإن لم تكن أنت، تجاهل هذه الرسالة.',
    'accounts.mail.emailConfirmationSubject': 'أكّد عنوان بريدك الإلكتروني في Election Workspace',
    'accounts.mail.emailConfirmationBody':
      'لتأكيد أن هذا العنوان يخص حسابك في Election Workspace، افتح هذا الرابط خلال 24 ساعة. يعمل مرة واحدة فقط:\n{{link}}\n\nإذا لم تطلب ذلك، فتجاهل هذه الرسالة.',
    'accounts.sudoRequired': 'لإجراء هذا التغيير، أدخل كلمة المرور مرة أخرى (والعامل الثاني إن كنت تستخدمه).',
    'accounts.tokenReadOnly':
      'رمز الواجهة البرمجية هذا للقراءة فقط: يمكنه تنفيذ الاستعلامات والاشتراكات، لا التغييرات.',
    'accounts.tokenExpiry': 'اختر تاريخًا في المستقبل، خلال سنة على الأكثر.',
    'notification.passwordResetLinkIssued':
      'أنشأ أحد مسؤولي المنصة رابطًا لإعادة تعيين كلمة مرور حسابك. إذا لم تطلب ذلك، فأخبره.',
    'accounts.mail.passwordResetLinkIssuedSubject':
      'أُنشئ رابط لإعادة تعيين كلمة مرور حسابك في Election Workspace',
    'accounts.mail.passwordResetLinkIssuedBody':
      'أنشأ أحد مسؤولي المنصة رابطًا صالحًا لمدة ساعة لإعادة تعيين كلمة مرور حسابك في Election Workspace. يبقى العامل الثاني، إن كنت تستخدمه، مطلوبًا بعد إعادة التعيين.\n\nإذا لم تطلب ذلك، فاتصل بالمسؤولين.',
    'accounts.emailChangeUnavailable':
      'هذا الخادم لا يرسل بريدًا إلكترونيًا، لذا لا يمكنه تأكيد عنوان جديد. اطلب من مسؤول المنصة تغييره.',
    'accounts.mail.emailChangeSubject': 'أكّد عنوان بريدك الإلكتروني الجديد في Election Workspace',
    'accounts.mail.emailChangeBody':
      'طلب شخص ما استخدام هذا العنوان لحسابه في Election Workspace. للتأكيد، افتح هذا الرابط خلال 24 ساعة. يعمل مرة واحدة، ويُخرج الحساب من كل الجلسات الأخرى:\n{{link}}\n\nإذا لم تطلب ذلك، فتجاهل هذه الرسالة.',
    'accounts.mail.emailChangeNoticeSubject': 'عنوانك في Election Workspace على وشك التغيير',
    'accounts.mail.emailChangeNoticeBody':
      'طلب شخص مسجّل الدخول إلى حسابك في Election Workspace تغيير عنوان بريده الإلكتروني إلى {{newEmail}}. لا يتغير إلا عند فتح الرابط المرسل إلى ذلك العنوان.\n\nإذا لم تكن أنت، فغيّر كلمة المرور وأنهِ جلساتك الأخرى الآن.',
    'accounts.mail.emailChangeAttemptSubject': 'حاول شخص ما استخدام عنوانك في Election Workspace',
    'accounts.mail.emailChangeAttemptBody':
      'طلب شخص ما نقل حساب آخر في Election Workspace إلى هذا العنوان الذي لديه حساب بالفعل. لم يتغير شيء.\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة.',
  },
});
