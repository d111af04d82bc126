/**
 * The planning feature's server strings, in the four supported languages. Keys start with
 * `planning.`; fr/es/ar are typed by en, so a missing translation fails the type check. The core
 * catalogue spreads these in (one line per language).
 */
const en = {
  'planning.field.date': 'Enter a real calendar date (YYYY-MM-DD).',
  'planning.field.endsBeforeStart': 'The end must not be before the start.',
  'planning.field.notAuthorityMember': 'Choose an election authority you are a member of.',
  'planning.field.notAnOrganization': 'Unknown organisation.',
  'planning.error.needsVerifiedMembership': 'Only members of a verified organisation can add an election.',
  'planning.error.timelineOwnerOnly': "Only the election's authority can change its timeline.",
  'planning.error.authorityOnly': "Only the election authority's members can set blackout windows.",
  'planning.error.notTakingPart': 'You can only schedule engagements your own organisation takes part in.',
  'planning.field.notVerifiedOrganization': 'Choose a verified organisation.',
  'planning.field.sameOrganization': 'A relationship needs two different organisations.',
  'planning.field.unknownElection': 'Unknown election.',
  'planning.field.phone': 'Enter the number in international format, e.g. +254 20 123 4567.',
  'planning.field.telegram': 'Enter a Telegram handle such as @duty_desk (5 to 32 letters, digits or _).',
  'planning.field.portal': 'Enter an address starting with https://.',
  'planning.field.onePreferred': 'Mark exactly one channel as preferred.',
  'planning.field.language': 'Use a language tag such as en, fr or pt-BR.',
  'planning.field.validUntil': 'The end of validity must not be before its start.',
  'planning.field.notOnRelationship': 'This organisation is not one of the two in the relationship.',
  'planning.error.relationshipExists':
    'These organisations already have an open relationship for this election.',
  'planning.error.relationshipStatus': 'The relationship is not in a state that allows this.',
  'planning.error.recipientOnly': 'Only the organisation that was asked can accept.',
  'planning.error.relationshipAdminOnly': 'Only owners and administrators decide on relationships.',
  'planning.error.ownSideOnly': 'You can only change your own organisation’s contacts, as a member or above.',
  'notification.planning.relationshipProposed':
    '{{organization}} proposes a contact relationship with {{counterpart}}. {{note}}',
  'notification.planning.relationshipAccepted':
    '{{organization}} accepted the contact relationship with {{counterpart}}.',
  'notification.planning.relationshipEnded':
    '{{organization}} ended the contact relationship with {{counterpart}}.',
  // i18next picks `_one` for a count of 1 (in French also 0); the plain key is every other count.
  'notification.planning.contactsStale':
    '{{count}} contacts of {{organization}} for {{counterpart}} need to be verified again.',
  'notification.planning.contactsStale_one':
    '{{count}} contact of {{organization}} for {{counterpart}} needs to be verified again.',
  'planning.field.csv': 'The file is not valid CSV.',
} as const;

type PlanningCatalogue = Record<keyof typeof en, string>;

const fr: PlanningCatalogue = {
  'planning.field.date': 'Saisissez une date réelle du calendrier (AAAA-MM-JJ).',
  'planning.field.endsBeforeStart': 'La fin ne doit pas précéder le début.',
  'planning.field.notAuthorityMember': 'Choisissez une autorité électorale dont vous êtes membre.',
  'planning.field.notAnOrganization': 'Organisation inconnue.',
  'planning.error.needsVerifiedMembership':
    "Seuls les membres d'une organisation vérifiée peuvent ajouter une élection.",
  'planning.error.timelineOwnerOnly': "Seule l'autorité de l'élection peut modifier son calendrier.",
  'planning.error.authorityOnly':
    "Seuls les membres de l'autorité électorale peuvent définir des périodes d'indisponibilité.",
  'planning.error.notTakingPart':
    'Vous ne pouvez planifier que des rencontres auxquelles votre organisation participe.',
  'planning.field.notVerifiedOrganization': 'Choisissez une organisation vérifiée.',
  'planning.field.sameOrganization': 'Une relation demande deux organisations différentes.',
  'planning.field.unknownElection': 'Élection inconnue.',
  'planning.field.phone': 'Saisissez le numéro au format international, par ex. +254 20 123 4567.',
  'planning.field.telegram':
    'Saisissez un identifiant Telegram tel que @permanence (5 à 32 lettres, chiffres ou _).',
  'planning.field.portal': 'Saisissez une adresse commençant par https://.',
  'planning.field.onePreferred': 'Marquez exactement un canal comme préféré.',
  'planning.field.language': 'Utilisez une étiquette de langue telle que en, fr ou pt-BR.',
  'planning.field.validUntil': 'La fin de validité ne doit pas précéder son début.',
  'planning.field.notOnRelationship': "Cette organisation n'est pas l'une des deux de la relation.",
  'planning.error.relationshipExists': 'Ces organisations ont déjà une relation ouverte pour cette élection.',
  'planning.error.relationshipStatus': "L'état de la relation ne permet pas cela.",
  'planning.error.recipientOnly': "Seule l'organisation sollicitée peut accepter.",
  'planning.error.relationshipAdminOnly':
    'Seuls les propriétaires et administrateurs décident des relations.',
  'planning.error.ownSideOnly':
    'Vous ne pouvez modifier que les contacts de votre organisation, en tant que membre ou plus.',
  'notification.planning.relationshipProposed':
    '{{organization}} propose une relation de contact avec {{counterpart}}. {{note}}',
  'notification.planning.relationshipAccepted':
    '{{organization}} a accepté la relation de contact avec {{counterpart}}.',
  'notification.planning.relationshipEnded':
    '{{organization}} a mis fin à la relation de contact avec {{counterpart}}.',
  'notification.planning.contactsStale':
    '{{count}} contacts de {{organization}} pour {{counterpart}} doivent être vérifiés à nouveau.',
  'notification.planning.contactsStale_one':
    '{{count}} contact de {{organization}} pour {{counterpart}} doit être vérifié à nouveau.',
  'planning.field.csv': "Le fichier n'est pas un CSV valide.",
};

const es: PlanningCatalogue = {
  'planning.field.date': 'Introduzca una fecha real del calendario (AAAA-MM-DD).',
  'planning.field.endsBeforeStart': 'El final no puede ser anterior al inicio.',
  'planning.field.notAuthorityMember': 'Elija una autoridad electoral de la que sea miembro.',
  'planning.field.notAnOrganization': 'Organización desconocida.',
  'planning.error.needsVerifiedMembership':
    'Solo los miembros de una organización verificada pueden añadir una elección.',
  'planning.error.timelineOwnerOnly': 'Solo la autoridad de la elección puede cambiar su calendario.',
  'planning.error.authorityOnly':
    'Solo los miembros de la autoridad electoral pueden fijar periodos sin disponibilidad.',
  'planning.error.notTakingPart':
    'Solo puede programar encuentros en los que participe su propia organización.',
  'planning.field.notVerifiedOrganization': 'Elija una organización verificada.',
  'planning.field.sameOrganization': 'Una relación necesita dos organizaciones distintas.',
  'planning.field.unknownElection': 'Elección desconocida.',
  'planning.field.phone': 'Introduzca el número en formato internacional, p. ej. +254 20 123 4567.',
  'planning.field.telegram':
    'Introduzca un usuario de Telegram como @guardia (de 5 a 32 letras, cifras o _).',
  'planning.field.portal': 'Introduzca una dirección que empiece por https://.',
  'planning.field.onePreferred': 'Marque exactamente un canal como preferido.',
  'planning.field.language': 'Use una etiqueta de idioma como en, fr o pt-BR.',
  'planning.field.validUntil': 'El fin de la validez no puede ser anterior a su inicio.',
  'planning.field.notOnRelationship': 'Esta organización no es una de las dos de la relación.',
  'planning.error.relationshipExists':
    'Estas organizaciones ya tienen una relación abierta para esta elección.',
  'planning.error.relationshipStatus': 'El estado de la relación no permite esto.',
  'planning.error.recipientOnly': 'Solo la organización invitada puede aceptar.',
  'planning.error.relationshipAdminOnly':
    'Solo los propietarios y administradores deciden sobre las relaciones.',
  'planning.error.ownSideOnly':
    'Solo puede cambiar los contactos de su propia organización, como miembro o superior.',
  'notification.planning.relationshipProposed':
    '{{organization}} propone una relación de contacto con {{counterpart}}. {{note}}',
  'notification.planning.relationshipAccepted':
    '{{organization}} aceptó la relación de contacto con {{counterpart}}.',
  'notification.planning.relationshipEnded':
    '{{organization}} terminó la relación de contacto con {{counterpart}}.',
  'notification.planning.contactsStale':
    '{{count}} contactos de {{organization}} para {{counterpart}} deben verificarse de nuevo.',
  'notification.planning.contactsStale_one':
    '{{count}} contacto de {{organization}} para {{counterpart}} debe verificarse de nuevo.',
  'planning.field.csv': 'El archivo no es un CSV válido.',
};

const ar: PlanningCatalogue = {
  'planning.field.date': 'أدخل تاريخًا تقويميًا صحيحًا (YYYY-MM-DD).',
  'planning.field.endsBeforeStart': 'يجب ألا تسبق النهاية البداية.',
  'planning.field.notAuthorityMember': 'اختر هيئة انتخابية أنت عضو فيها.',
  'planning.field.notAnOrganization': 'منظمة غير معروفة.',
  'planning.error.needsVerifiedMembership': 'لا يضيف الانتخابات إلا أعضاء منظمة تم التحقق منها.',
  'planning.error.timelineOwnerOnly': 'لا يغيّر الجدول الزمني للانتخابات إلا الهيئة المسؤولة عنها.',
  'planning.error.authorityOnly': 'لا يحدد فترات الانقطاع إلا أعضاء الهيئة الانتخابية.',
  'planning.error.notTakingPart': 'لا يمكنك جدولة إلا اللقاءات التي تشارك فيها منظمتك.',
  'planning.field.notVerifiedOrganization': 'اختر منظمة تم التحقق منها.',
  'planning.field.sameOrganization': 'تحتاج العلاقة إلى منظمتين مختلفتين.',
  'planning.field.unknownElection': 'انتخابات غير معروفة.',
  'planning.field.phone': 'أدخل الرقم بالصيغة الدولية، مثل ‎+254 20 123 4567.',
  'planning.field.telegram': 'أدخل معرّف تيليغرام مثل @duty_desk (من 5 إلى 32 حرفًا أو رقمًا أو _).',
  'planning.field.portal': 'أدخل عنوانًا يبدأ بـ https://.',
  'planning.field.onePreferred': 'حدّد قناة واحدة فقط كقناة مفضلة.',
  'planning.field.language': 'استخدم وسم لغة مثل en أو fr أو pt-BR.',
  'planning.field.validUntil': 'يجب ألا تسبق نهاية الصلاحية بدايتها.',
  'planning.field.notOnRelationship': 'هذه المنظمة ليست إحدى منظمتي العلاقة.',
  'planning.error.relationshipExists': 'لدى هاتين المنظمتين علاقة مفتوحة بالفعل لهذه الانتخابات.',
  'planning.error.relationshipStatus': 'حالة العلاقة لا تسمح بذلك.',
  'planning.error.recipientOnly': 'لا يقبل إلا المنظمة التي وُجّه إليها الطلب.',
  'planning.error.relationshipAdminOnly': 'لا يقرر بشأن العلاقات إلا المالكون والمسؤولون.',
  'planning.error.ownSideOnly': 'لا يمكنك تغيير إلا جهات اتصال منظمتك، بصفة عضو أو أعلى.',
  'notification.planning.relationshipProposed':
    'تقترح {{organization}} علاقة تواصل مع {{counterpart}}. {{note}}',
  'notification.planning.relationshipAccepted': 'قبلت {{organization}} علاقة التواصل مع {{counterpart}}.',
  'notification.planning.relationshipEnded': 'أنهت {{organization}} علاقة التواصل مع {{counterpart}}.',
  // "{{count}} of the contacts": one wording for every count beyond one.
  'notification.planning.contactsStale':
    'يجب التحقق مجددًا من {{count}} من جهات اتصال {{organization}} لدى {{counterpart}}.',
  'notification.planning.contactsStale_one':
    'يجب التحقق مجددًا من جهة اتصال واحدة من جهات اتصال {{organization}} لدى {{counterpart}}.',
  'planning.field.csv': 'الملف ليس بصيغة CSV صالحة.',
};

export const PLANNING_MESSAGES = { en, fr, es, ar };
