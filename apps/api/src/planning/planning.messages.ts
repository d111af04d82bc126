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
};

export const PLANNING_MESSAGES = { en, fr, es, ar };
