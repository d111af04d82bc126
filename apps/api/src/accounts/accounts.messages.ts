/**
 * Server messages of the account-security rules (e-mail ownership, sudo mode, sign-in limits), in the
 * four shipped languages; `core/i18n/messages.ts` spreads them into its catalogues. French, Spanish
 * and Arabic are typed by the English keys, so a missing translation fails the type check.
 */
const en = {
  'accounts.emailConfirmationUnavailable':
    'This server sends no e-mail, so it cannot confirm your address by link. Ask a platform administrator to confirm it, or accept an invitation through the link you were given.',
  'accounts.emailUnconfirmed':
    'Confirm your e-mail address first: use the link we e-mail you from your account page, or the invitation link you received.',
  'accounts.mail.emailConfirmationSubject': 'Confirm your e-mail address for Election Workspace',
  'accounts.mail.emailConfirmationBody':
    'To confirm that this address belongs to your Election Workspace account, open this link within 24 hours. It works once:\n{{link}}\n\nIf you did not ask for this, ignore this e-mail.',
  'accounts.sudoRequired':
    'For this change, enter your password again (and your second factor, if you use one).',
  'accounts.tokenReadOnly': 'This API token is read-only: it can run queries and subscriptions, not changes.',
  'accounts.tokenExpiry': 'Choose a date in the future, at most a year from now.',
  'notification.passwordResetLinkIssued':
    'A platform administrator created a password reset link for your account. If you did not ask for it, tell them.',
  'accounts.mail.passwordResetLinkIssuedSubject':
    'A password reset link was created for your Election Workspace account',
  'accounts.mail.passwordResetLinkIssuedBody':
    'A platform administrator created a one-hour password reset link for your Election Workspace account. Your second factor, if you use one, is still needed after a reset.\n\nIf you did not ask for this, contact your administrators.',
} as const;

type Catalogue = Record<keyof typeof en, string>;

const fr: Catalogue = {
  'accounts.emailConfirmationUnavailable':
    "Ce serveur n'envoie pas d'e-mails : il ne peut pas confirmer votre adresse par un lien. Demandez à un administrateur de la plateforme de la confirmer, ou acceptez une invitation avec le lien que vous avez reçu.",
  'accounts.emailUnconfirmed':
    "Confirmez d'abord votre adresse e-mail : avec le lien que nous vous envoyons depuis la page de votre compte, ou avec le lien d'invitation reçu.",
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
};

const es: Catalogue = {
  'accounts.emailConfirmationUnavailable':
    'Este servidor no envía correos, así que no puede confirmar su dirección con un enlace. Pida a un administrador de la plataforma que la confirme, o acepte una invitación con el enlace que recibió.',
  'accounts.emailUnconfirmed':
    'Confirme primero su dirección de correo: con el enlace que le enviamos desde la página de su cuenta, o con el enlace de invitación que recibió.',
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
};

const ar: Catalogue = {
  'accounts.emailConfirmationUnavailable':
    'هذا الخادم لا يرسل بريدًا إلكترونيًا، لذا لا يمكنه تأكيد عنوانك برابط. اطلب من أحد مسؤولي المنصة تأكيده، أو اقبل دعوة عبر الرابط الذي تلقيته.',
  'accounts.emailUnconfirmed':
    'أكّد عنوان بريدك الإلكتروني أولًا: بالرابط الذي نرسله إليك من صفحة حسابك، أو برابط الدعوة الذي تلقيته.',
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
};

export const ACCOUNTS_MESSAGES = { en, fr, es, ar };
