import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { ProjectScopeId } from './catalogues.js';
import type { DeAnEventType, DeAnState } from './vocabulary.js';

/** Which đề án a step applies to: national (and national flagship) ones, local ones, or both. @category Projects */
export type PathKind = 'national' | 'local' | 'both';

/**
 * One edge of the lifecycle: an event, the states it leaves from, the state it leads to (`'PREVIOUS'`: back
 * to the working state before an adjustment or suspension), which path it belongs to, and its legal basis.
 * `citation: null` marks a step the sources name only weakly or not at all: it is modelled so that portals
 * can record it, and its conditions are options, not law (the `note` says what is known).
 * @category Projects
 */
export interface LifecycleEdge {
  readonly event: DeAnEventType;
  readonly from: readonly DeAnState[];
  readonly to: DeAnState | 'PREVIOUS';
  readonly path: PathKind;
  readonly citation: Citation | null;
  readonly note?: LocalizedText;
}

const tt36 = (article: number, sources: readonly string[], clause?: number): Citation => ({
  instrument: 'TT-36-2013-BCT',
  article,
  ...(clause === undefined ? {} : { clause }),
  confidence: 'secondary',
  sources,
});

/** TT 36/2013 Art. 10 (registration), as amended by TT 17/2018 Art. 1 cl. 9 (S29; original wording S30). */
export const CITE_REGISTRATION: Citation = deepFreeze({
  instrument: 'TT-36-2013-BCT',
  article: 10,
  asAmendedBy: 'TT-17-2018-BCT',
  confidence: 'secondary',
  sources: ['S29', 'S30'],
});
/** TT 36/2013 Art. 10 in its original 2013 wording (S30): dossiers to the Sở before 20 May. */
export const CITE_REGISTRATION_2013: Citation = deepFreeze(tt36(10, ['S30']));
/**
 * An article (clause, point) of TT 36/2013/TT-BCT in its original wording (in force 2014-02-10, Art. 24),
 * read in the Pháp điển reproduction (S59). @internal
 */
export function tt36Text(article: number, clause?: number, point?: string): Citation {
  return deepFreeze({
    instrument: 'TT-36-2013-BCT',
    article,
    ...(clause === undefined ? {} : { clause }),
    ...(point === undefined ? {} : { point }),
    confidence: 'verified-from-text',
    sources: ['S59'],
  });
}
/** TT 36/2013 Art. 24(1): in force 2014-02-10, replacing QĐ 08/2008/QĐ-BCT (S59). */
export const CITE_TT36_IN_FORCE: Citation = tt36Text(24, 1);
/** TT 36/2013 Art. 10(1)(b), original wording: dossiers to the Sở before 20 May (S59). */
export const CITE_REGISTER_20_MAY: Citation = tt36Text(10, 1, 'b');
/** TT 36/2013 Art. 10(2)(b), original wording: the Sở's registration to the Cục before 15 June (S59). */
export const CITE_REPORT_15_JUNE: Citation = tt36Text(10, 2, 'b');
/** TT 36/2013 Art. 10(1)(a): group đề án ("các đề án lập theo nhóm") (S59). */
export const CITE_GROUP: Citation = tt36Text(10, 1, 'a');
/** TT 36/2013 Art. 2(3): the national flagship đề án (đề án khuyến công quốc gia điểm) (S59). */
export const CITE_FLAGSHIP: Citation = tt36Text(2, 3);
/** TTLT 26/2014 Art. 8(2)(b): advances at most 70% of the khuyến công support, on the contract (S59). */
export const CITE_TTLT26_ADVANCE: Citation = deepFreeze({
  instrument: 'TTLT-26-2014-BTC-BCT',
  article: 8,
  clause: 2,
  point: 'b',
  confidence: 'verified-from-text',
  sources: ['S59'],
});
/** TT 36/2013 Art. 8: grassroots appraisal by the Sở, ministry appraisal by the Cục (S31). */
export const CITE_APPRAISAL: Citation = deepFreeze(tt36(8, ['S31']));
/** TT 36/2013 Art. 6 cl. 3: the Minister approves the national plan (S28, verbatim quote). */
export const CITE_NATIONAL_APPROVAL: Citation = deepFreeze(tt36(6, ['S28'], 3));
/** TT 46/2012 Art. 2: local đề án are managed by the Sở and the provincial People's Committee (S09; S55 example). */
export const CITE_LOCAL_APPROVAL: Citation = deepFreeze({
  instrument: 'TT-46-2012-BCT',
  article: 2,
  confidence: 'secondary',
  sources: ['S09', 'S55', 'S08'],
});
/** TT 36/2013, advance article (number not retrieved): contract, 30 % / 70 % advances (S32). */
export const CITE_ADVANCE: Citation = deepFreeze({
  instrument: 'TT-36-2013-BCT',
  confidence: 'secondary',
  articleConfirmed: false,
  sources: ['S32'],
});
/** Settlement of khuyến công funds with the ministry or the Sở (S24; article not retrieved). */
export const CITE_SETTLEMENT: Citation = deepFreeze({
  instrument: 'TT-36-2013-BCT',
  confidence: 'secondary',
  articleConfirmed: false,
  sources: ['S24', 'S28'],
});

const WORKING: readonly DeAnState[] = ['IN_APPROVED_PLAN', 'CONTRACTED', 'ADVANCED', 'IN_PROGRESS'];
const weak: LocalizedText = {
  vi: 'Thủ tục có tên trong danh mục TTHC ("Điều chỉnh, bổ sung và ngừng triển khai đề án khuyến công") nhưng quy tắc chưa được xác minh: điều kiện là tùy chọn, không phải quy định pháp luật.',
  en: 'The procedure is named in an administrative-procedure list ("adjusting, supplementing and stopping đề án") but its rules are not verified: conditions are options, not law.',
};

/**
 * The lifecycle edges of a đề án. National đề án go Sở (registration, grassroots appraisal) → Cục
 * (ministry appraisal) → Minister (plan approval); local đề án skip the ministry: the provincial People's
 * Committee approves them after the Sở's appraisal. Deeply frozen.
 * @category Projects
 * @example
 * LIFECYCLE_EDGES.filter((e) => e.event === 'APPROVE').map((e) => [e.from, e.path]);
 * // [[['MINISTRY_APPRAISAL'], 'national'], [['GRASSROOTS_APPRAISAL'], 'local']]
 */
export const LIFECYCLE_EDGES: readonly LifecycleEdge[] = deepFreeze([
  { event: 'REGISTER', from: ['DRAFTED'], to: 'REGISTERED', path: 'both', citation: CITE_REGISTRATION },
  { event: 'START_GRASSROOTS_APPRAISAL', from: ['REGISTERED'], to: 'GRASSROOTS_APPRAISAL', path: 'both', citation: CITE_APPRAISAL },
  { event: 'SUBMIT_TO_MINISTRY', from: ['GRASSROOTS_APPRAISAL'], to: 'MINISTRY_APPRAISAL', path: 'national', citation: CITE_APPRAISAL },
  { event: 'APPROVE', from: ['MINISTRY_APPRAISAL'], to: 'IN_APPROVED_PLAN', path: 'national', citation: CITE_NATIONAL_APPROVAL },
  { event: 'APPROVE', from: ['GRASSROOTS_APPRAISAL'], to: 'IN_APPROVED_PLAN', path: 'local', citation: CITE_LOCAL_APPROVAL },
  {
    event: 'REJECT',
    from: ['REGISTERED', 'GRASSROOTS_APPRAISAL', 'MINISTRY_APPRAISAL'],
    to: 'REJECTED',
    path: 'both',
    citation: CITE_APPRAISAL,
  },
  { event: 'SIGN_CONTRACT', from: ['IN_APPROVED_PLAN'], to: 'CONTRACTED', path: 'both', citation: CITE_ADVANCE },
  { event: 'ADVANCE', from: ['CONTRACTED'], to: 'ADVANCED', path: 'both', citation: CITE_ADVANCE },
  { event: 'ADVANCE', from: ['ADVANCED'], to: 'ADVANCED', path: 'both', citation: CITE_ADVANCE },
  { event: 'ADVANCE', from: ['IN_PROGRESS'], to: 'IN_PROGRESS', path: 'both', citation: CITE_ADVANCE },
  { event: 'START_WORK', from: ['CONTRACTED', 'ADVANCED'], to: 'IN_PROGRESS', path: 'both', citation: CITE_ADVANCE },
  { event: 'DISBURSE', from: ['IN_PROGRESS'], to: 'IN_PROGRESS', path: 'both', citation: CITE_SETTLEMENT },
  { event: 'DISBURSE', from: ['ACCEPTED'], to: 'ACCEPTED', path: 'both', citation: CITE_SETTLEMENT },
  { event: 'ADJUST', from: WORKING, to: 'ADJUSTED', path: 'both', citation: null, note: weak },
  { event: 'SUSPEND', from: ['CONTRACTED', 'ADVANCED', 'IN_PROGRESS', 'ADJUSTED'], to: 'SUSPENDED', path: 'both', citation: null, note: weak },
  { event: 'RESUME', from: ['ADJUSTED', 'SUSPENDED'], to: 'PREVIOUS', path: 'both', citation: null, note: weak },
  { event: 'TERMINATE', from: [...WORKING, 'ADJUSTED', 'SUSPENDED'], to: 'TERMINATED', path: 'both', citation: null, note: weak },
  {
    event: 'ACCEPT',
    from: ['IN_PROGRESS'],
    to: 'ACCEPTED',
    path: 'both',
    citation: null,
    note: {
      vi: 'Nghiệm thu là bước trước quyết toán; quy tắc và thời hạn nghiệm thu chưa được xác minh (tùy chọn).',
      en: 'Acceptance precedes settlement; its rules and deadlines are not verified (options).',
    },
  },
  { event: 'SETTLE', from: ['ACCEPTED'], to: 'SETTLED', path: 'both', citation: CITE_SETTLEMENT },
  {
    event: 'CLOSE',
    from: ['SETTLED'],
    to: 'CLOSED',
    path: 'both',
    citation: null,
    note: { vi: 'Bước ghi nhận kết thúc hồ sơ (mô hình hóa).', en: 'Records the end of the file (modelling step).' },
  },
]);

/**
 * The path a scope follows: national and national-flagship đề án the national path, local ones the local path.
 * @param scope - the đề án scope.
 * @returns `'national'` or `'local'`.
 * @internal
 */
export function pathOf(scope: ProjectScopeId): 'national' | 'local' {
  return scope === 'LOCAL' ? 'local' : 'national';
}

const PAUSED: readonly DeAnState[] = ['ADJUSTED', 'SUSPENDED'];

/** The working state an adjusted or suspended đề án resumes to: the last state before the pause. @internal */
export function stateBeforePause(states: readonly DeAnState[]): DeAnState | undefined {
  return [...states].reverse().find((s) => !PAUSED.includes(s));
}

/**
 * The edge an event follows from the current state on a scope's path, if any.
 * @internal
 */
export function findEdge(scope: ProjectScopeId, state: DeAnState, event: DeAnEventType): LifecycleEdge | undefined {
  const path = pathOf(scope);
  return LIFECYCLE_EDGES.find((e) => e.event === event && e.from.includes(state) && (e.path === 'both' || e.path === path));
}

/**
 * The state an event leads to from a history of states (last = current), or `undefined` when the event
 * is not allowed there.
 * @internal
 */
export function nextState(scope: ProjectScopeId, states: readonly DeAnState[], event: DeAnEventType): DeAnState | undefined {
  const current = states[states.length - 1];
  if (current === undefined) return undefined;
  const edge = findEdge(scope, current, event);
  if (edge === undefined) return undefined;
  return edge.to === 'PREVIOUS' ? stateBeforePause(states) : edge.to;
}

/** The terminal states: no event leaves them. @category Projects */
export const TERMINAL_STATES: readonly DeAnState[] = Object.freeze(['CLOSED', 'TERMINATED', 'REJECTED'] as const);
