import { defineMessages } from '../core/feature/define-messages.js';

/**
 * The consultations feature's server strings (errors, neutral attribution labels, notifications),
 * registered through consultations.feature.ts. fr/es/ar are typed by en, so a missing key
 * fails the type check. Notifications never carry a name the attribution rule hides: the anonymous
 * kinds have no organisation or person placeholder at all.
 */
const en = {
  'consultations.attribution.organization': 'A participating organisation',
  'consultations.attribution.participant': 'A participant',
  'consultations.attribution.convenor': 'The convenor',
  'consultations.error.notOpen': 'This consultation is not open for submissions.',
  'consultations.error.wrongStatus': 'This consultation cannot do that in its current state.',
  'consultations.error.attributionFrozen':
    'The attribution rule cannot change once a brief has been submitted, nor stop protecting authors once a brief has been started.',
  'consultations.error.briefVisibilityFrozen':
    'Briefs cannot be shown to more organisations once one has been started: it was written for fewer readers.',
  'consultations.error.notInvited': 'This organisation is not invited to this consultation.',
  'consultations.error.briefWrongStatus': 'This brief cannot do that in its current state.',
  'consultations.error.ownBrief': 'Your organisation wrote this brief: only the convenor can do this.',
  'consultations.field.unknownQuestion': 'This question is not part of this consultation.',
  'consultations.field.closesBeforeOpens': 'The closing time must be after the opening time.',
  'consultations.field.topics': 'Choose at least one topic.',
  'consultations.field.notParticipant': 'This organisation is not invited to this consultation.',
  'consultations.notification.consultationInvited':
    '{{convenor}} invited {{organization}} to the consultation “{{consultation}}”.',
  'consultations.notification.consultationOutcomePublished':
    'The outcome of the consultation “{{consultation}}” has been published.',
  'consultations.notification.briefSubmitted': '{{organization}} submitted a brief to “{{consultation}}”.',
  'consultations.notification.briefSubmittedAnonymously':
    'A participating organisation submitted a brief to “{{consultation}}”.',
  'consultations.notification.briefAcknowledged': 'The convenor acknowledged your brief “{{brief}}”.',
  'consultations.notification.briefResponded': 'The convenor responded to your brief “{{brief}}”.',
  'consultations.notification.briefCommented': 'There is a new comment on your brief “{{brief}}”.',
  'consultations.export.response': 'Response',
  'consultations.export.comments': 'Comments',
  'consultations.export.cut':
    'This file holds the first {{shown}} of {{total}} briefs, in submission order: the other {{omitted}} were left out because the export reached its size limit.',
} as const;

type Catalogue = Record<keyof typeof en, string>;

const fr: Catalogue = {
  'consultations.attribution.organization': 'Une organisation participante',
  'consultations.attribution.participant': 'Un participant',
  'consultations.attribution.convenor': "L'organisateur",
  'consultations.error.notOpen': "Cette consultation n'est pas ouverte aux contributions.",
  'consultations.error.wrongStatus': 'Cette consultation ne le permet pas dans son état actuel.',
  'consultations.error.attributionFrozen':
    "La règle d'attribution ne peut plus changer après la soumission d'une note, ni cesser de protéger les auteurs une fois une note commencée.",
  'consultations.error.briefVisibilityFrozen':
    'Les notes ne peuvent plus être montrées à davantage d’organisations une fois l’une d’elles commencée : elle a été écrite pour moins de lecteurs.',
  'consultations.error.notInvited': "Cette organisation n'est pas invitée à cette consultation.",
  'consultations.error.briefWrongStatus': 'Cette note ne le permet pas dans son état actuel.',
  'consultations.error.ownBrief':
    "Votre organisation a rédigé cette note : seul l'organisateur peut faire cela.",
  'consultations.field.unknownQuestion': 'Cette question ne fait pas partie de cette consultation.',
  'consultations.field.closesBeforeOpens': "La clôture doit suivre l'ouverture.",
  'consultations.field.topics': 'Choisissez au moins un thème.',
  'consultations.field.notParticipant': "Cette organisation n'est pas invitée à cette consultation.",
  'consultations.notification.consultationInvited':
    '{{convenor}} a invité {{organization}} à la consultation « {{consultation}} ».',
  'consultations.notification.consultationOutcomePublished':
    'Le résultat de la consultation « {{consultation}} » a été publié.',
  'consultations.notification.briefSubmitted': '{{organization}} a soumis une note à « {{consultation}} ».',
  'consultations.notification.briefSubmittedAnonymously':
    'Une organisation participante a soumis une note à « {{consultation}} ».',
  'consultations.notification.briefAcknowledged':
    "L'organisateur a accusé réception de votre note « {{brief}} ».",
  'consultations.notification.briefResponded': "L'organisateur a répondu à votre note « {{brief}} ».",
  'consultations.notification.briefCommented': 'Nouveau commentaire sur votre note « {{brief}} ».',
  'consultations.export.response': 'Réponse',
  'consultations.export.comments': 'Commentaires',
  'consultations.export.cut':
    'Ce fichier contient les {{shown}} premières notes sur {{total}}, dans l’ordre de soumission : les {{omitted}} autres ont été omises car l’export a atteint sa taille maximale.',
};

const es: Catalogue = {
  'consultations.attribution.organization': 'Una organización participante',
  'consultations.attribution.participant': 'Un participante',
  'consultations.attribution.convenor': 'La entidad convocante',
  'consultations.error.notOpen': 'Esta consulta no está abierta a contribuciones.',
  'consultations.error.wrongStatus': 'Esta consulta no lo permite en su estado actual.',
  'consultations.error.attributionFrozen':
    'La regla de atribución no puede cambiar una vez enviado un informe, ni dejar de proteger a los autores una vez empezado uno.',
  'consultations.error.briefVisibilityFrozen':
    'Los informes no pueden mostrarse a más organizaciones una vez empezado uno: se escribió para menos lectores.',
  'consultations.error.notInvited': 'Esta organización no está invitada a esta consulta.',
  'consultations.error.briefWrongStatus': 'Este informe no lo permite en su estado actual.',
  'consultations.error.ownBrief':
    'Su organización redactó este informe: solo la entidad convocante puede hacerlo.',
  'consultations.field.unknownQuestion': 'Esta pregunta no forma parte de esta consulta.',
  'consultations.field.closesBeforeOpens': 'El cierre debe ser posterior a la apertura.',
  'consultations.field.topics': 'Elija al menos un tema.',
  'consultations.field.notParticipant': 'Esta organización no está invitada a esta consulta.',
  'consultations.notification.consultationInvited':
    '{{convenor}} invitó a {{organization}} a la consulta «{{consultation}}».',
  'consultations.notification.consultationOutcomePublished':
    'Se publicó el resultado de la consulta «{{consultation}}».',
  'consultations.notification.briefSubmitted': '{{organization}} envió un informe a «{{consultation}}».',
  'consultations.notification.briefSubmittedAnonymously':
    'Una organización participante envió un informe a «{{consultation}}».',
  'consultations.notification.briefAcknowledged':
    'La entidad convocante acusó recibo de su informe «{{brief}}».',
  'consultations.notification.briefResponded': 'La entidad convocante respondió a su informe «{{brief}}».',
  'consultations.notification.briefCommented': 'Hay un comentario nuevo en su informe «{{brief}}».',
  'consultations.export.response': 'Respuesta',
  'consultations.export.comments': 'Comentarios',
  'consultations.export.cut':
    'Este archivo contiene los primeros {{shown}} de {{total}} informes, por orden de envío: los otros {{omitted}} se omitieron porque la exportación alcanzó su tamaño máximo.',
};

const ar: Catalogue = {
  'consultations.attribution.organization': 'منظمة مشاركة',
  'consultations.attribution.participant': 'أحد المشاركين',
  'consultations.attribution.convenor': 'الجهة الداعية',
  'consultations.error.notOpen': 'هذه المشاورة غير مفتوحة لتلقي المساهمات.',
  'consultations.error.wrongStatus': 'لا تسمح هذه المشاورة بذلك في حالتها الحالية.',
  'consultations.error.attributionFrozen':
    'لا يمكن تغيير قاعدة الإسناد بعد تقديم أي مذكرة، ولا التوقف عن حماية الكتّاب بعد بدء أي مذكرة.',
  'consultations.error.briefVisibilityFrozen':
    'لا يمكن إظهار المذكرات لمزيد من المنظمات بعد بدء أي منها: فقد كُتبت لعدد أقل من القرّاء.',
  'consultations.error.notInvited': 'هذه المنظمة غير مدعوة إلى هذه المشاورة.',
  'consultations.error.briefWrongStatus': 'لا تسمح هذه المذكرة بذلك في حالتها الحالية.',
  'consultations.error.ownBrief': 'منظمتك كتبت هذه المذكرة: الجهة الداعية وحدها يمكنها ذلك.',
  'consultations.field.unknownQuestion': 'هذا السؤال ليس جزءًا من هذه المشاورة.',
  'consultations.field.closesBeforeOpens': 'يجب أن يكون موعد الإغلاق بعد موعد الفتح.',
  'consultations.field.topics': 'اختر موضوعًا واحدًا على الأقل.',
  'consultations.field.notParticipant': 'هذه المنظمة غير مدعوة إلى هذه المشاورة.',
  'consultations.notification.consultationInvited':
    'دعت {{convenor}} منظمة {{organization}} إلى المشاورة «{{consultation}}».',
  'consultations.notification.consultationOutcomePublished': 'نُشرت نتيجة المشاورة «{{consultation}}».',
  'consultations.notification.briefSubmitted': 'قدّمت {{organization}} مذكرة إلى «{{consultation}}».',
  'consultations.notification.briefSubmittedAnonymously': 'قدّمت منظمة مشاركة مذكرة إلى «{{consultation}}».',
  'consultations.notification.briefAcknowledged': 'أكدت الجهة الداعية استلام مذكرتك «{{brief}}».',
  'consultations.notification.briefResponded': 'ردّت الجهة الداعية على مذكرتك «{{brief}}».',
  'consultations.notification.briefCommented': 'هناك تعليق جديد على مذكرتك «{{brief}}».',
  'consultations.export.response': 'الرد',
  'consultations.export.comments': 'التعليقات',
  'consultations.export.cut':
    'يحتوي هذا الملف على أول {{shown}} من أصل {{total}} مذكرة، بترتيب تقديمها: حُذفت المذكرات الأخرى وعددها {{omitted}} لأن التصدير بلغ حدّه الأقصى للحجم.',
};

export const CONSULTATION_MESSAGES = defineMessages({ en, fr, es, ar });

export type ConsultationNotificationKind =
  | 'consultationInvited'
  | 'consultationOutcomePublished'
  | 'briefSubmitted'
  | 'briefSubmittedAnonymously'
  | 'briefAcknowledged'
  | 'briefResponded'
  | 'briefCommented';
