import { text, type LocalizedText } from '../internal/messages.js';

/**
 * The unit nouns that counts in khuyến công reports use, with their Vietnamese spellings (the first is the
 * canonical one used when formatting) and English labels. Frozen.
 *
 * @category Quantities
 */
export const COUNT_UNITS = Object.freeze({
  person: { vi: ['người'], label: text('người', 'people') },
  worker: { vi: ['lao động'], label: text('lao động', 'workers') },
  trainee: { vi: ['học viên'], label: text('học viên', 'trainees') },
  establishment: { vi: ['cơ sở', 'cơ sở CNNT'], label: text('cơ sở', 'establishments') },
  enterprise: { vi: ['doanh nghiệp'], label: text('doanh nghiệp', 'enterprises') },
  project: { vi: ['đề án'], label: text('đề án', 'projects (đề án)') },
  task: { vi: ['nhiệm vụ'], label: text('nhiệm vụ', 'tasks') },
  programme: { vi: ['chương trình'], label: text('chương trình', 'programmes') },
  model: { vi: ['mô hình'], label: text('mô hình', 'models') },
  class: { vi: ['lớp'], label: text('lớp', 'classes') },
  product: { vi: ['sản phẩm'], label: text('sản phẩm', 'products') },
  fair: { vi: ['hội chợ'], label: text('hội chợ', 'fairs') },
  booth: { vi: ['gian hàng'], label: text('gian hàng', 'booths') },
  cluster: { vi: ['cụm công nghiệp', 'cụm'], label: text('cụm công nghiệp', 'industrial clusters') },
  system: { vi: ['hệ thống'], label: text('hệ thống', 'systems') },
  showroom: { vi: ['phòng trưng bày'], label: text('phòng trưng bày', 'showrooms') },
  delegation: { vi: ['đoàn'], label: text('đoàn', 'delegations') },
  newsletter: { vi: ['kỳ bản tin', 'bản tin'], label: text('kỳ bản tin', 'newsletter issues') },
  broadcast: { vi: ['tin bài'], label: text('tin bài', 'broadcast items') },
  collaborator: { vi: ['cộng tác viên'], label: text('cộng tác viên', 'collaborators') },
  province: { vi: ['tỉnh', 'tỉnh, thành phố'], label: text('tỉnh', 'provinces') },
  year: { vi: ['năm'], label: text('năm', 'years') },
} as const satisfies Record<string, { readonly vi: readonly string[]; readonly label: LocalizedText }>);

/** The id of a count unit (see {@link COUNT_UNITS}). @category Quantities */
export type CountUnit = keyof typeof COUNT_UNITS;
