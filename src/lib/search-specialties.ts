/**
 * Hospital specialties as readers name them, in full or in short: the search reads them as the
 * general word pages use (search-query.ts), hears who is asking by them (search-asker.ts) and where
 * a patient is referred on to (search-onward.ts).
 */

/** Hospital specialties by their short names, as clinicians write them. */
export const SPECIALTY_SHORT_NAMES: Record<string, string> = {
  cardio: 'cardiology',
  derm: 'dermatology',
  derma: 'dermatology',
  gastro: 'gastroenterology',
  haem: 'haematology',
  resp: 'respiratory',
  ortho: 'orthopaedics',
  orthos: 'orthopaedics',
  neuro: 'neurology',
  rheum: 'rheumatology',
  rheumy: 'rheumatology',
  gynae: 'gynaecology',
  paeds: 'paediatrics',
  ophthal: 'ophthalmology',
  msk: 'musculoskeletal',
};
export const SPECIALTY_NAMES = [
  'cardiology',
  'dermatology',
  'endocrinology',
  'gastroenterology',
  'haematology',
  'respiratory',
  'urology',
  'orthopaedics',
  'neurology',
  'rheumatology',
  'ent',
  'gynaecology',
  'paediatrics',
  'oncology',
  'renal',
  'nephrology',
  'vascular',
  'ophthalmology',
  'musculoskeletal',
  'audiology',
  'geriatrics',
  'obstetrics',
  'neurosurgery',
  'immunology',
];

/** Whether a reader's word names a hospital specialty, in full or in short ("cardio", "urology"). */
export function isSpecialty(word: string): boolean {
  return Object.hasOwn(SPECIALTY_SHORT_NAMES, word) || isSpecialtyInFull(word);
}

/** Whether a word names a hospital specialty in full ("cardiology", not "cardio"). */
export function isSpecialtyInFull(word: string): boolean {
  return SPECIALTY_NAMES.includes(word);
}
