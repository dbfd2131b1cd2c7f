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
  enterprise: { vi: ['doanh nghiệp', 'DN'], label: text('doanh nghiệp', 'enterprises'), one: 'enterprise' },
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
  // Added for reading articles (issue 17): the nouns real reports count with.
  household: { vi: ['hộ', 'hộ gia đình'], label: text('hộ', 'households'), one: 'household' },
  'household-business': { vi: ['hộ kinh doanh', 'hộ sản xuất kinh doanh'], label: text('hộ kinh doanh', 'household businesses'), one: 'household business' },
  cooperative: { vi: ['hợp tác xã', 'HTX'], label: text('hợp tác xã', 'cooperatives'), one: 'cooperative' },
  'craft-village': { vi: ['làng nghề'], label: text('làng nghề', 'craft villages'), one: 'craft village' },
  'ocop-product': { vi: ['sản phẩm OCOP'], label: text('sản phẩm OCOP', 'OCOP products'), one: 'OCOP product' },
  'investment-project': { vi: ['dự án'], label: text('dự án', 'projects (dự án)'), one: 'project (dự án)' },
  unit: { vi: ['đơn vị'], label: text('đơn vị', 'units'), one: 'unit' },
  round: { vi: ['đợt'], label: text('đợt', 'rounds'), one: 'round' },
  visit: { vi: ['lượt', 'lượt người'], label: text('lượt', 'visits'), one: 'visit' },
  machine: { vi: ['máy', 'thiết bị'], label: text('máy', 'machines'), one: 'machine' },
  tonne: { vi: ['tấn'], label: text('tấn', 'tonnes'), one: 'tonne' },
  'square-metre': { vi: ['m2', 'm²'], label: text('m2', 'square metres'), one: 'square metre' },
  'cubic-metre': { vi: ['m3', 'm³'], label: text('m3', 'cubic metres'), one: 'cubic metre' },
  litre: { vi: ['lít'], label: text('lít', 'litres'), one: 'litre' },
  piece: { vi: ['cái', 'chiếc', 'viên'], label: text('cái', 'pieces'), one: 'piece' },
  set: { vi: ['bộ'], label: text('bộ', 'sets'), one: 'set' },
  group: { vi: ['nhóm'], label: text('nhóm', 'groups'), one: 'group' },
  'market-session': { vi: ['phiên chợ'], label: text('phiên chợ', 'market sessions'), one: 'market session' },
  design: { vi: ['mẫu', 'mẫu mã'], label: text('mẫu', 'designs'), one: 'design' },
} as const satisfies Record<string, { readonly vi: readonly string[]; readonly label: LocalizedText; readonly one: string }>);

/** The id of a count unit (see {@link COUNT_UNITS}). @category Quantities */
export type CountUnit = keyof typeof COUNT_UNITS;
