import { deepFreeze } from '../internal/deepFreeze.js';
import { text, type LocalizedText } from '../internal/messages.js';

/**
 * The unit nouns that counts in khuyến công reports use, with their Vietnamese spellings (the first is the
 * canonical one used when formatting) and English labels (`label.en` plural, `one` singular). Frozen.
 *
 * @category Quantities
 */
export const COUNT_UNITS = deepFreeze({
  person: { vi: ['người'], label: text('người', 'people'), one: 'person' },
  worker: { vi: ['lao động'], label: text('lao động', 'workers'), one: 'worker' },
  trainee: { vi: ['học viên'], label: text('học viên', 'trainees'), one: 'trainee' },
  establishment: { vi: ['cơ sở', 'cơ sở CNNT', 'cơ sở công nghiệp nông thôn'], label: text('cơ sở', 'establishments'), one: 'establishment' },
  enterprise: { vi: ['doanh nghiệp'], label: text('doanh nghiệp', 'enterprises'), one: 'enterprise' },
  project: { vi: ['đề án'], label: text('đề án', 'projects (đề án)'), one: 'project (đề án)' },
  task: { vi: ['nhiệm vụ'], label: text('nhiệm vụ', 'tasks'), one: 'task' },
  programme: { vi: ['chương trình', 'chương trình, đề án'], label: text('chương trình', 'programmes'), one: 'programme' },
  model: { vi: ['mô hình'], label: text('mô hình', 'models'), one: 'model' },
  class: { vi: ['lớp'], label: text('lớp', 'classes'), one: 'class' },
  product: { vi: ['sản phẩm'], label: text('sản phẩm', 'products'), one: 'product' },
  fair: { vi: ['hội chợ'], label: text('hội chợ', 'fairs'), one: 'fair' },
  booth: { vi: ['gian hàng'], label: text('gian hàng', 'booths'), one: 'booth' },
  cluster: { vi: ['cụm công nghiệp', 'cụm'], label: text('cụm công nghiệp', 'industrial clusters'), one: 'industrial cluster' },
  system: { vi: ['hệ thống'], label: text('hệ thống', 'systems'), one: 'system' },
  showroom: { vi: ['phòng trưng bày'], label: text('phòng trưng bày', 'showrooms'), one: 'showroom' },
  delegation: { vi: ['đoàn'], label: text('đoàn', 'delegations'), one: 'delegation' },
  newsletter: { vi: ['kỳ bản tin', 'bản tin'], label: text('kỳ bản tin', 'newsletter issues'), one: 'newsletter issue' },
  broadcast: { vi: ['tin bài'], label: text('tin bài', 'broadcast items'), one: 'broadcast item' },
  collaborator: { vi: ['cộng tác viên'], label: text('cộng tác viên', 'collaborators'), one: 'collaborator' },
  province: { vi: ['tỉnh', 'tỉnh, thành phố'], label: text('tỉnh', 'provinces'), one: 'province' },
  year: { vi: ['năm'], label: text('năm', 'years'), one: 'year' },
} as const satisfies Record<string, { readonly vi: readonly string[]; readonly label: LocalizedText; readonly one: string }>);

/** The id of a count unit (see {@link COUNT_UNITS}). @category Quantities */
export type CountUnit = keyof typeof COUNT_UNITS;
