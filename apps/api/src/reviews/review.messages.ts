/**
 * The reviews feature's server strings in the four shipped languages. The core catalogue spreads
 * them in (one line per language); fr/es/ar are typed by en so a missing key fails the type check.
 */
const en = {
  'reviews.section.summary': 'Summary',
  'reviews.section.whatWorked': 'What worked',
  'reviews.section.whatDidNotWork': 'What did not work',
  'reviews.section.incidents': 'Incidents and escalations',
  'reviews.section.recommendations': 'Recommendations',
  'reviews.error.alreadyCoAuthor': 'This organisation is already a co-author.',
  'reviews.error.published': 'This report is published: its text can no longer change.',
  'reviews.field.sectionTitlesCount': 'Give from 1 to {{max}} sections.',
  'reviews.field.coAuthorsCount': 'At most {{max}} co-author organisations.',
  'reviews.field.notCoAuthor': 'Choose one of the report’s co-author organisations.',
  'notification.reviewCoAuthorAdded': '{{organization}} is now a co-author of the review “{{report}}”.',
} as const;

type ReviewMessages = Record<keyof typeof en, string>;

const fr: ReviewMessages = {
  'reviews.section.summary': 'Résumé',
  'reviews.section.whatWorked': 'Ce qui a fonctionné',
  'reviews.section.whatDidNotWork': "Ce qui n'a pas fonctionné",
  'reviews.section.incidents': 'Incidents et escalades',
  'reviews.section.recommendations': 'Recommandations',
  'reviews.error.alreadyCoAuthor': 'Cette organisation est déjà co-autrice.',
  'reviews.error.published': 'Ce rapport est publié : son texte ne peut plus changer.',
  'reviews.field.sectionTitlesCount': 'Indiquez de 1 à {{max}} sections.',
  'reviews.field.coAuthorsCount': 'Au plus {{max}} organisations co-autrices.',
  'reviews.field.notCoAuthor': 'Choisissez une des organisations co-autrices du rapport.',
  'notification.reviewCoAuthorAdded':
    '{{organization}} est maintenant co-autrice de la revue « {{report}} ».',
};

const es: ReviewMessages = {
  'reviews.section.summary': 'Resumen',
  'reviews.section.whatWorked': 'Qué funcionó',
  'reviews.section.whatDidNotWork': 'Qué no funcionó',
  'reviews.section.incidents': 'Incidentes y escalamientos',
  'reviews.section.recommendations': 'Recomendaciones',
  'reviews.error.alreadyCoAuthor': 'Esta organización ya es coautora.',
  'reviews.error.published': 'Este informe está publicado: su texto ya no puede cambiar.',
  'reviews.field.sectionTitlesCount': 'Indique de 1 a {{max}} secciones.',
  'reviews.field.coAuthorsCount': 'Como máximo {{max}} organizaciones coautoras.',
  'reviews.field.notCoAuthor': 'Elija una de las organizaciones coautoras del informe.',
  'notification.reviewCoAuthorAdded': '{{organization}} es ahora coautora de la revisión «{{report}}».',
};

const ar: ReviewMessages = {
  'reviews.section.summary': 'الملخص',
  'reviews.section.whatWorked': 'ما الذي نجح',
  'reviews.section.whatDidNotWork': 'ما الذي لم ينجح',
  'reviews.section.incidents': 'الحوادث والتصعيد',
  'reviews.section.recommendations': 'التوصيات',
  'reviews.error.alreadyCoAuthor': 'هذه المنظمة مؤلفة مشاركة بالفعل.',
  'reviews.error.published': 'هذا التقرير منشور: لم يعد من الممكن تغيير نصه.',
  'reviews.field.sectionTitlesCount': 'حدّد من 1 إلى {{max}} قسمًا.',
  'reviews.field.coAuthorsCount': '{{max}} منظمة مؤلفة مشاركة على الأكثر.',
  'reviews.field.notCoAuthor': 'اختر إحدى المنظمات المؤلفة المشاركة في التقرير.',
  'notification.reviewCoAuthorAdded': 'أصبحت {{organization}} مؤلفة مشاركة في المراجعة «{{report}}».',
};

export const REVIEW_MESSAGES = { en, fr, es, ar };
