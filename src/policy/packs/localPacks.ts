/**
 * Policy packs for real provincial instruments, each value as read in a public reproduction, with the
 * address read and the article or chapter of each level. What could not be read is listed in `notRead`;
 * nothing is filled in from memory or from another province.
 *
 * No shipped level is read in the text of the instrument itself: the stored copies of the texts found
 * (thuvienphapluat.vn, nhansu.vn, the thuvienphapluat bulletin) are readable only up to the heading, the legal
 * bases and the start of Art. 1. Looked for and found only as headings: Quảng Trị NQ 38/2020/NQ-HĐND, Phú Thọ
 * NQ 23/2025/NQ-HĐND, Quảng Nam NQ 33/2024/NQ-HĐND, Tuyên Quang NQ 42/2025/NQ-HĐND (in force 2026-01-01, not
 * shipped), Gia Lai QĐ 09/2021/QĐ-UBND, Bắc Ninh QĐ 01/2020/QĐ-UBND; Thanh Hóa QĐ 05/2021/QĐ-UBND only as cited
 * in another decision. Levels read in secondary sources (no article): Hòa Bình QĐ 20/2019/QĐ-UBND (ministry
 * portal, dates not read), Đắk Lắk 2025 (news report, number not read), Bình Dương NQ 14/2019/NQ-HĐND (the
 * province's portal), Hậu Giang 2014 (news report, number not read; only the levels whose national
 * counterpart has no percentage are shipped). Quảng Nam's post-2014 rules (news report without number or
 * date) and Quảng Ngãi (only a 2025 draft; a draft is not law) are not shipped.
 */
import { deepFreeze } from '../../internal/deepFreeze.js';
import { LEGAL_DATES } from '../legalDates.js';
import { parsePolicyPack, POLICY_PACK_FORMAT, type PolicyPack, type PolicyPackJson } from './PolicyPack.js';

const KCONLINE_HOA_BINH = 'http://khuyencongonline.gov.vn/tin-tuc/hoa-binh-quy-dinh-hoat-dong-khuyen-cong-c195ad87_121/';
const NHANSU_PHU_THO = 'https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-23-2025-NQ-HDND-quy-dinh-muc-chi-hoat-dong-khuyen-cong-Phu-Tho-680133.html';
const TVPL_QUANG_TRI =
  'https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Nghi-quyet-38-2020-NQ-HDND-noi-dung-va-muc-chi-ho-tro-hoat-dong-khuyen-cong-tinh-Quang-Tri-449892.aspx';
const TVPL_THANH_HOA_2553 =
  'https://m.thuvienphapluat.vn/van-ban/Thuong-mai/Quyet-dinh-2553-QD-UBND-2021-Phe-duyet-Chuong-trinh-khuyen-cong-dia-phuong-tinh-Thanh-Hoa-483693.aspx';

const VIETNAM_VN_DAK_LAK = 'https://www.vietnam.vn/en/muc-chi-moi-cho-hoat-dong-khuyen-cong-cao-nhat-den-800-trieu-dong-mo-hinh';
const DBND_DAK_LAK = 'https://dbnd.daklak.gov.vn/khai-mac-ky-hop-chuyen-de-lan-thu-nhat-hoi-dong-nhan-dan-tinh-dak-lak-4044.html';
const dakLakCite = {
  confidence: 'secondary',
  source: VIETNAM_VN_DAK_LAK,
  locatorNotRead: true,
  sourceNote: {
    vi: 'Bài báo (bản tiếng Anh trên vietnam.vn) tường thuật nghị quyết; không nêu số điều.',
    en: 'A news report of the resolution (English edition on vietnam.vn); it names no article.',
  },
} as const;

const KCONLINE_NOTE = {
  vi: 'Tin của Cổng thông tin khuyến công (Bộ Công Thương) tóm tắt Chương III của quyết định; không phải văn bản gốc.',
  en: "News item of the ministry's khuyến công portal summarising Chapter III of the decision; not the text itself.",
};
const hoaBinhCite = { chapter: 'III', confidence: 'secondary', source: KCONLINE_HOA_BINH, sourceNote: KCONLINE_NOTE } as const;

const BINH_DUONG_PORTAL =
  'https://www.binhduong.gov.vn/thong-tin-tuyen-truyen/2019/08/761-noi-dung-chi-muc-chi-ho-tro-cho-cac-hoat-dong-khuyen-cong-tren-dia-ban-tinh-binh-duon';
const binhDuongCite = {
  confidence: 'secondary',
  source: BINH_DUONG_PORTAL,
  locatorNotRead: true,
  sourceNote: {
    vi: 'Tin ngày 20/8/2019 trên Cổng thông tin điện tử tỉnh Bình Dương tóm tắt nghị quyết; không nêu số điều.',
    en: "News item of 2019-08-20 on Binh Duong province's web portal summarising the resolution; it names no article.",
  },
} as const;

const NONGNGHIEP_HAU_GIANG = 'https://nongnghiep.vn/hau-giang-ho-tro-khuyen-cong-post131304.html';
const hauGiangCite = {
  confidence: 'secondary',
  source: NONGNGHIEP_HAU_GIANG,
  locatorNotRead: true,
  sourceNote: {
    vi: 'Bài báo Nông nghiệp Việt Nam ngày 12/9/2014 tường thuật quy chế; không nêu số hiệu, số điều.',
    en: 'A Nong nghiep Viet Nam news report of 2014-09-12 on the rules; it names neither the number nor the article.',
  },
} as const;

/** The packs as JSON documents (what a portal would store). */
const PACKS_JSON: readonly PolicyPackJson[] = [
  {
    format: POLICY_PACK_FORMAT,
    id: 'HB-20-2019-QD-UBND',
    number: '20/2019/QĐ-UBND',
    kind: 'QD-UBND',
    issuer: { vi: 'Ủy ban nhân dân tỉnh Hòa Bình', en: "Hoa Binh Provincial People's Committee" },
    title: {
      vi: 'Quy định về hoạt động khuyến công trên địa bàn tỉnh Hòa Bình',
      en: 'Regulation on khuyến công activities in Hoa Binh province',
    },
    // Hòa Bình (code 17) was a unit of the 63-unit map throughout 2019, the year in the decision's number.
    province: { code: '17', asOf: '2019-12-31' },
    signed: null,
    effective: null,
    end: null,
    amends: [],
    replaces: [],
    levels: [
      { item: 'ENTERPRISE_FOUNDING', absoluteCap: 10_000_000, unit: 'per-establishment', citation: hoaBinhCite },
      { item: 'DEMO_MODEL_NEW_TECH', percentCap: '0.3', absoluteCap: 1_000_000_000, unit: 'per-model', citation: hoaBinhCite },
      {
        item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT',
        absoluteCap: 100_000_000,
        unit: 'per-model',
        citation: hoaBinhCite,
        note: {
          vi: 'Nguồn ghi "hỗ trợ 100 triệu đồng" cho nhân rộng một mô hình, không ghi "tối đa"; được mô hình hoá như mức trần.',
          en: 'The source says "support of 100 million đồng" to replicate one model, not "at most"; modelled as a cap.',
        },
      },
      { item: 'CLEANER_PRODUCTION_PILOT_MODEL', percentCap: '0.3', absoluteCap: 500_000_000, unit: 'per-model', citation: hoaBinhCite },
    ],
    addedItems: [],
    nationalItems: [],
    notRead: [
      { vi: 'văn bản gốc của quyết định (số điều, khoản của từng mức)', en: 'the text of the decision itself (the article and clause of each level)' },
      { vi: 'ngày ký, ngày có hiệu lực và ngày hết hiệu lực', en: 'the signing, effective and end dates' },
      { vi: 'các mức khác của Chương III (nguồn tóm tắt bằng "…")', en: 'the other levels of Chapter III (the summary ends with "…")' },
    ],
    sources: [KCONLINE_HOA_BINH],
    note: {
      vi: 'Không có ngày hiệu lực nên gói này không dùng để tính; các mức được ghi để đối chiếu. Hòa Bình hợp nhất vào tỉnh Phú Thọ từ 2025-07-01.',
      en: 'Without an effective date this pack never prices; the levels are recorded for reference. Hoa Binh became part of Phu Tho province on 2025-07-01.',
    },
  },
  {
    format: POLICY_PACK_FORMAT,
    id: 'PT-23-2025-NQ-HDND',
    number: '23/2025/NQ-HĐND',
    kind: 'NQ-HDND',
    issuer: { vi: 'Hội đồng nhân dân tỉnh Phú Thọ', en: "Phu Tho Provincial People's Council" },
    title: {
      vi: 'Quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ',
      en: 'Specific spending levels for khuyến công activities in Phu Tho province',
    },
    province: { code: '25', asOf: '2026-01-01' },
    signed: '2025-10-28',
    effective: '2026-01-01',
    end: null,
    amends: [],
    replaces: [],
    levels: [],
    addedItems: [],
    nationalItems: [],
    notRead: [
      {
        vi: 'các mức chi (từ Điều 1 khoản 1 trở đi): bản sao đọc được chỉ có phần tiêu đề, căn cứ và đầu Điều 1',
        en: 'the spending levels (from Art. 1(1) on): the readable reproduction shows only the heading, the legal bases and the start of Art. 1',
      },
    ],
    sources: [NHANSU_PHU_THO],
    note: {
      vi: 'Số hiệu, ngày ban hành 28/10/2025 và ngày có hiệu lực 01/01/2026 đọc từ bản sao; căn cứ Nghị định 45/2012/NĐ-CP sửa đổi bởi Nghị định 235/2025/NĐ-CP và Thông tư 28/2018/TT-BTC sửa đổi bởi Thông tư 64/2024/TT-BTC.',
      en: 'Number, signing date 2025-10-28 and effective date 2026-01-01 read in the reproduction; based on Decree 45/2012/ND-CP as amended by Decree 235/2025/ND-CP and Circular 28/2018/TT-BTC as amended by Circular 64/2024/TT-BTC.',
    },
  },
  {
    format: POLICY_PACK_FORMAT,
    id: 'QT-38-2020-NQ-HDND',
    number: '38/2020/NQ-HĐND',
    kind: 'NQ-HDND',
    issuer: { vi: 'Hội đồng nhân dân tỉnh Quảng Trị', en: "Quang Tri Provincial People's Council" },
    title: {
      vi: 'Quy định nội dung và mức chi hỗ trợ hoạt động khuyến công trên địa bàn tỉnh Quảng Trị',
      en: 'Contents and levels of support for khuyến công activities in Quang Tri province',
    },
    province: { code: '45', asOf: '2020-07-23' },
    signed: '2020-07-23',
    effective: null,
    end: null,
    amends: [],
    replaces: [],
    levels: [],
    addedItems: [],
    nationalItems: [],
    notRead: [
      { vi: 'các nội dung và mức chi (các điều sau phần căn cứ)', en: 'the contents and levels (the articles after the legal bases)' },
      { vi: 'ngày có hiệu lực (bản sao ẩn ngày này)', en: 'the effective date (hidden in the reproduction)' },
    ],
    sources: [TVPL_QUANG_TRI],
    note: {
      vi: 'Ngày ban hành 23/7/2020 đọc từ bản sao; căn cứ Thông tư 28/2018/TT-BTC. Quảng Trị (mã 45) hợp nhất với Quảng Bình thành tỉnh Quảng Trị (mã 44) từ 2025-07-01.',
      en: 'Signing date 2020-07-23 read in the reproduction; based on Circular 28/2018/TT-BTC. Quang Tri (code 45) merged with Quang Binh into Quang Tri province (code 44) on 2025-07-01.',
    },
  },
  {
    format: POLICY_PACK_FORMAT,
    id: 'TH-05-2021-QD-UBND',
    number: '05/2021/QĐ-UBND',
    kind: 'QD-UBND',
    issuer: { vi: 'Ủy ban nhân dân tỉnh Thanh Hóa', en: "Thanh Hoa Provincial People's Committee" },
    title: {
      vi: 'Quy chế quản lý kinh phí khuyến công và mức chi cụ thể cho hoạt động khuyến công địa phương tỉnh Thanh Hóa',
      en: 'Rules on managing khuyến công funds and specific spending levels for local khuyến công in Thanh Hoa province',
    },
    province: { code: '38', asOf: '2021-04-05' },
    signed: '2021-04-05',
    effective: null,
    end: null,
    amends: [],
    replaces: [],
    levels: [],
    addedItems: [],
    nationalItems: [],
    notRead: [
      { vi: 'toàn văn quyết định (chỉ thấy được trích dẫn trong Quyết định 2553/QĐ-UBND ngày 14/7/2021)', en: 'the whole decision (seen only as cited in Decision 2553/QD-UBND of 2021-07-14)' },
      { vi: 'ngày có hiệu lực và các mức chi', en: 'the effective date and the levels' },
    ],
    sources: [TVPL_THANH_HOA_2553],
    note: {
      vi: 'Số hiệu, ngày 05/4/2021 và tên đọc trong phần căn cứ của Quyết định 2553/QĐ-UBND (nguồn thứ cấp).',
      en: 'Number, date 2021-04-05 and title read in the legal bases of Decision 2553/QD-UBND (a secondary source).',
    },
  },
  {
    format: POLICY_PACK_FORMAT,
    id: 'DL-2025-NQ-HDND-KC',
    number: 'NQ-HĐND 2025 tỉnh Đắk Lắk về mức chi khuyến công (số chưa đọc được)',
    kind: 'NQ-HDND',
    issuer: { vi: 'Hội đồng nhân dân tỉnh Đắk Lắk (khóa X)', en: "Dak Lak Provincial People's Council (10th term)" },
    title: {
      vi: 'Nghị quyết quy định mức chi cho các hoạt động khuyến công trên địa bàn tỉnh Đắk Lắk (tên chính xác chưa đọc được)',
      en: 'Resolution on the spending levels of khuyến công activities in Dak Lak province (exact title not read)',
    },
    // The Đắk Lắk of the 34-unit map (code 66: old Đắk Lắk 66 and Phú Yên 54), in force from 2025-07-26.
    province: { code: '66', asOf: '2025-07-26' },
    signed: null,
    effective: '2025-07-26',
    end: null,
    amends: [],
    replaces: [],
    levels: [
      // "Support for establishing rural industrial production enterprises in areas with difficult socio-economic conditions, up to 10 million VND/enterprise."
      { item: 'ENTERPRISE_FOUNDING', absoluteCap: 10_000_000, unit: 'per-enterprise', conditions: ['difficult-or-extremely-difficult-area'], citation: dakLakCite },
      // "… technical demonstration models … maximum support level of 30% of costs, but not exceeding 800 million VND/model."
      { item: 'DEMO_MODEL_NEW_TECH', percentCap: '0.3', absoluteCap: 800_000_000, unit: 'per-model', citation: dakLakCite },
      // "… pilot models on applying cleaner production … 30% of costs, but not exceeding 400 million VND/model."
      { item: 'CLEANER_PRODUCTION_PILOT_MODEL', percentCap: '0.3', absoluteCap: 400_000_000, unit: 'per-model', citation: dakLakCite },
    ],
    addedItems: [],
    nationalItems: [],
    notRead: [
      { vi: 'số hiệu và ngày ký của nghị quyết, số điều của từng mức', en: "the resolution's number and signing date, the article of each level" },
      { vi: 'các mức khác (bài báo bị cắt sau mức sản xuất sạch hơn)', en: 'the other levels (the report is cut after the cleaner-production level)' },
      { vi: 'số hiệu các quy định của tỉnh Đắk Lắk và tỉnh Phú Yên cũ mà nghị quyết thay thế', en: 'the numbers of the old Dak Lak and Phu Yen provinces’ rules it replaces' },
    ],
    sources: [VIETNAM_VN_DAK_LAK, DBND_DAK_LAK],
    note: {
      vi: 'Thông qua tại Kỳ họp chuyên đề lần thứ Nhất HĐND tỉnh Đắk Lắk khóa X (khai mạc 16/7/2025); có hiệu lực từ 26/7/2025, thay thế các quy định trước đây của hai tỉnh Đắk Lắk và Phú Yên cũ (theo bài báo).',
      en: "Passed at the First Thematic Session of the 10th Dak Lak Provincial People's Council (opened 2025-07-16); in force from 2025-07-26, replacing the earlier rules of the old Dak Lak and Phu Yen provinces (as reported).",
    },
  },
  {
    format: POLICY_PACK_FORMAT,
    id: 'BD-14-2019-NQ-HDND',
    number: '14/2019/NQ-HĐND',
    kind: 'NQ-HDND',
    issuer: { vi: 'Hội đồng nhân dân tỉnh Bình Dương', en: "Binh Duong Provincial People's Council" },
    title: {
      vi: 'Quy định nội dung chi, mức chi hỗ trợ cho các hoạt động khuyến công trên địa bàn tỉnh Bình Dương',
      en: 'Contents and levels of support for khuyến công activities in Binh Duong province',
    },
    // Bình Dương (code 74) of the 63-unit map; part of Hồ Chí Minh City (79) from 2025-07-01.
    province: { code: '74', asOf: '2019-09-01' },
    signed: null,
    effective: '2019-09-01',
    end: null,
    amends: [],
    replaces: ['10/2015/NQ-HĐND8'],
    levels: [
      // "Mức chi hỗ trợ không quá 100.000.000 đồng (một trăm triệu đồng)/lần đối với cấp tỉnh"
      { item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', absoluteCap: 100_000_000, unit: 'per-round', citation: binhDuongCite },
      // "… và không quá 50.000.000 đồng (năm mươi triệu đồng)/lần đối với cấp huyện"
      { item: 'TYPICAL_PRODUCT_SELECTION_DISTRICT', absoluteCap: 50_000_000, unit: 'per-round', citation: binhDuongCite },
    ],
    addedItems: [],
    nationalItems: [],
    notRead: [
      { vi: 'ngày ký và số điều, khoản của từng mức', en: 'the signing date and the article and clause of each level' },
      { vi: 'các mức khác (bản tin bị cắt sau mức chi bình chọn sản phẩm công nghiệp nông thôn tiêu biểu)', en: 'the other levels (the news item is cut after the typical-product selection levels)' },
      { vi: 'nghị quyết có bị sửa đổi hay thay thế trước 2025-07-01 hay không', en: 'whether the resolution was amended or replaced before 2025-07-01' },
    ],
    sources: [BINH_DUONG_PORTAL],
    note: {
      vi: 'Có hiệu lực từ 01/9/2019, thay thế Nghị quyết 10/2015/NQ-HĐND8 ngày 21/7/2015 (theo bản tin). Đối tượng: cơ sở công nghiệp nông thôn tại huyện, thị xã và thành phố loại II, loại III và đơn vị sự nghiệp được giao nhiệm vụ khuyến công. Bình Dương thuộc Thành phố Hồ Chí Minh từ 2025-07-01.',
      en: 'In force from 2019-09-01, replacing Resolution 10/2015/NQ-HDND8 of 2015-07-21 (as reported). Beneficiaries: rural industrial establishments in districts, towns and grade II and III cities, and public units given khuyến công tasks. Binh Duong is part of Ho Chi Minh City from 2025-07-01.',
    },
  },
  {
    format: POLICY_PACK_FORMAT,
    id: 'HG-2014-QD-UBND-KC',
    number: 'QĐ-UBND 2014 tỉnh Hậu Giang về kinh phí khuyến công (số chưa đọc được)',
    kind: 'QD-UBND',
    issuer: { vi: 'Ủy ban nhân dân tỉnh Hậu Giang', en: "Hau Giang Provincial People's Committee" },
    title: {
      vi: 'Quy chế quản lý, sử dụng kinh phí và quy định mức hỗ trợ cho các hoạt động khuyến công trên địa bàn tỉnh Hậu Giang (tên chính xác chưa đọc được)',
      en: 'Rules on managing funds and the support levels of khuyến công activities in Hau Giang province (exact title not read)',
    },
    // Hậu Giang (code 93) of the 63-unit map; part of Cần Thơ (92) from 2025-07-01.
    province: { code: '93', asOf: '2014-09-18' },
    signed: null,
    effective: '2014-09-18',
    // The rules' own end was not read. They set local levels under TTLT 26/2014, which TT 28/2018 replaced from
    // 2018-05-11; whether Hậu Giang kept them afterwards is unknown, so the pack stops on TTLT 26/2014's last
    // day instead of pricing later years with levels nobody read for them.
    end: LEGAL_DATES.TTLT26_LAST_DAY,
    amends: [],
    replaces: [],
    levels: [
      {
        // "Hỗ trợ thành lập DN SX công nghiệp nông thôn (CNNT) tại các địa bàn khó khăn với mức 5 triệu đồng/DN"
        item: 'ENTERPRISE_FOUNDING',
        absoluteCap: 5_000_000,
        unit: 'per-enterprise',
        conditions: ['difficult-or-extremely-difficult-area'],
        citation: hauGiangCite,
        note: {
          vi: 'Nguồn ghi "với mức 5 triệu đồng/DN", không ghi "tối đa"; được mô hình hoá như mức trần.',
          en: 'The source says "at the level of 5 million đồng per enterprise", not "at most"; modelled as a cap.',
        },
      },
      // "hỗ trợ đối với các cơ sở CNNT đang hoạt động có hiệu quả cần nhân rộng với mức không quá 50 triệu đồng/mô hình"
      { item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', absoluteCap: 50_000_000, unit: 'per-model', citation: hauGiangCite },
    ],
    addedItems: [],
    nationalItems: [],
    notRead: [
      { vi: 'số hiệu, ngày ký và số điều của từng mức', en: 'the number, the signing date and the article of each level' },
      {
        vi: 'tỷ lệ tối đa của năm mức khác mà bài báo chỉ nêu số tiền (mô hình trình diễn 250 triệu/mô hình, máy móc thiết bị 100 triệu/cơ sở, xử lý ô nhiễm 150 triệu/cơ sở và 750 triệu/cụm công nghiệp, cụm liên kết 75 triệu); các mức quốc gia tương ứng còn giới hạn theo tỷ lệ chi phí nên các mức này không được ghi vào gói',
        en: 'the percentage caps of five other levels the report gives only as amounts (demonstration model 250 million per model, machinery 100 million per establishment, pollution treatment 150 million per establishment and 750 million per industrial cluster, linkage cluster 75 million); the matching national levels also cap a share of the cost, so these are not recorded as levels',
      },
      { vi: 'quy chế có bị thay thế sau Thông tư 28/2018/TT-BTC hay không và từ ngày nào', en: 'whether and from when the rules were replaced after Circular 28/2018/TT-BTC' },
    ],
    sources: [NONGNGHIEP_HAU_GIANG],
    note: {
      vi: 'Áp dụng từ 18/9/2014 (theo bài báo). Ngày hết hiệu lực chưa đọc được: gói chỉ áp dụng đến 10/5/2018, ngày cuối của Thông tư liên tịch 26/2014/TTLT-BTC-BCT mà quy chế thực hiện. Hậu Giang thuộc Thành phố Cần Thơ từ 2025-07-01.',
      en: 'Applied from 2014-09-18 (as reported). Its end was not read: the pack applies only until 2018-05-10, the last day of Joint Circular 26/2014/TTLT-BTC-BCT that the rules implemented. Hau Giang is part of Can Tho City from 2025-07-01.',
    },
  },
];

/**
 * Policy packs for real provincial khuyến công instruments, validated with {@link parsePolicyPack}: Hòa Bình
 * QĐ 20/2019/QĐ-UBND (four levels from a secondary source, dates not read), Phú Thọ NQ 23/2025/NQ-HĐND
 * (dates read, levels not read), Quảng Trị NQ 38/2020/NQ-HĐND and Thanh Hóa QĐ 05/2021/QĐ-UBND (heading
 * only), Đắk Lắk's 2025 resolution (in force 2025-07-26, three levels from a news report, number not read),
 * Bình Dương NQ 14/2019/NQ-HĐND (in force 2019-09-01, two levels from the province's portal) and Hậu Giang's
 * 2014 rules (in force 2014-09-18, two levels from a news report, number not read). Every shipped level is
 * `secondary`: no instrument's own text could be read beyond its heading.
 * Each lists what could not be read; a pack without an effective date or without the item's level answers
 * not modelled (`{ ok: false, reason }`). Deeply frozen.
 * @category Policy packs
 * @example
 * LOCAL_POLICY_PACKS.map((p) => p.province.code); // ['17', '25', '45', '38', '66', '74', '93']
 */
export const LOCAL_POLICY_PACKS: readonly PolicyPack[] = deepFreeze(PACKS_JSON.map((p) => parsePolicyPack(p)));
