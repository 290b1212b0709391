#!/usr/bin/env python3
"""indep4_gen.py - independent, blind test-data generator for the SIM-registration
anomaly auditor (Vietnam).

Written only from spec/batch-format.md (the input contract) and spec/domain-vietnam.md
(the domain fact sheet) plus the author's own domain judgement.  Standard library only.

    python3 tools/indep4_gen.py --rows N --seed S --scenario NAME --out DIR

writes DIR/batch.csv (the contract's input format, all 29 contract columns in contract
order, RFC 4180, CRLF) and DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern; one
row per subscription = carrier + normalised MSISDN).  The output is a pure function of
(rows, seed, scenario): one random.Random seeded with the string
"indep4|<rows>|<seed>|<scenario>" (string seeding is hash-randomisation-proof), no clock,
no iteration over sets or hash-ordered containers.  Rows are shuffled (bucketed shuffle,
temporary bucket files inside DIR for large N), so history rows can come after the current
row of the same subscription; the row with the latest registered_at is the current state.

LABEL SEMANTICS (decided from the contract's definitions)
  junk=1      the registration does not stand for a genuine end user at activation:
              pre-activated / mass-registered for resale, fabricated / bought / leaked /
              stolen / rented identities used for spam, scam or OTP, SIM farms.
  non_owner=1 registered in the name of a REAL person who is not the one holding / using
              it (stolen or leaked documents, dealer-added SIMs, sold or rented identities,
              a dealer's own ID on SIMs sold to others, an ID lent to another end user).
  Labels describe the CURRENT state of the subscription (its latest row).  The
  `pattern` column names the planted fraud pattern or the legitimate category.

FRAUD / NON-OWNER PATTERNS (junk / non_owner)
  preactivation_leaked      1/1  corrupt dealer pre-activates batches on leaked real
                                 documents (stock photos / flower images / no selfie,
                                 night bursts, consecutive ICCIDs + MSISDN blocks, national
                                 PPP mix).  Hard members: spread over weeks, business
                                 hours, several devices, random MSISDNs, local victims,
                                 "hired" real faces, warm usage.
  preactivation_fabricated  1/0  same on fabricated documents (no real person): popdb
                                 NOT_FOUND / MISMATCH / UNCHECKED, some inconsistent CCCD
                                 structure (gender digit, year, unknown PPP), some fake
                                 9-digit CMND after 2024.
  identity_theft_ring       1/1  one operator behind many victims' documents via the
                                 carrier app on the operator's phone(s); easy = operator's
                                 face (same perceptual hash +-few bits, low face_match);
                                 hard = replayed victim ID photo (face_match high), many
                                 rotating phones, months, some through a colluding agent.
  dealer_extra_sims         1/1  dealer adds 1-3 extra SIMs to a walk-in customer's
                                 document (same session: identical selfie hash, same
                                 device, next ICCIDs; hard: days later, other device,
                                 re-capture a few bits away).  The customer's own SIM is
                                 legitimate (victim_own_sim).
  sim_farm                  1/1  bought real identities, SIM-box first-use devices
                                 (sequential gateway-port IMEIs, one SIM-bank IMEI shared by
                                 many SIMs, or hard: randomised phone-like IMEIs), huge
                                 outgoing/no incoming traffic (hard: warmed traffic).
  otp_resale                1/1  SIMs registered on leaked/bought identities, first used in
                                 USB-modem / SIM-pool boards, incoming-SMS only (OTP
                                 resale); hard: warmed with some calls / data.
  rented_identity           1/1  real people (students, workers, elderly) rent out their
                                 identity: they appear in person (real face, MATCH) at
                                 several shops / carriers, or via the broker's phone; the
                                 SIMs go to a scam ring (shared first-use phones).
  agent_own_id_mass         1/1  dealer activates dozens-hundreds of SIMs on his own CCCD
                                 (own face, MATCH) and resells them; hard: several POS
                                 codes / provinces, over weeks.
  stolen_doc_opportunistic  1/1  a lost / stolen CCCD used once or twice at an ordinary
                                 (not corrupt) shop by the thief (different face).
  foreman_worker_sims       0/1  a foreman registers 4-12 SIMs on his own CCCD for his
                                 crew; genuine end users, but not the registered person.
  borrowed_id_genuine_user  0/1  a person without usable papers uses a SIM registered on a
                                 relative's / friend's CCCD; genuine usage.

LEGITIMATE CATEGORIES (all 0/0)
  clean, data_only_sim, backup_sim (ordinary subscribers, dual-SIM phones, backup SIMs
  with never-used profiles), multi_sim_legal (4-9 SIMs, Decree 163 respected),
  number_collector (10-40 SIMs on one ID, in person, over years), telesales_heavy_caller,
  family_one_phone (relatives each on their own document, registered through one family
  member's phone), guardian_child_sim (children's SIMs on a parent's document),
  sales_event (carrier booth: hundreds of registrations a day on 1-3 tablets, consecutive
  ICCIDs, many freebie SIMs never used), factory_sales_event (dealer at a factory gate /
  dormitory in the evening, migrant workers with far-away birth provinces),
  campus_event (students of one birth year at enrolment), org_iot (ORGANIZATION,
  consecutive ICCID/MSISDN, IoT modules with sequential IMEIs, no calls), org_fleet,
  org_call_centre (very high outgoing calls), org_office, foreigner_passport (incl. tour
  groups at one store, popdb UNCHECKED), vn_passport, legacy_cmnd /
  legacy_cmnd_locked / reverified_cmnd_2026 (9- and 12-digit CMND; a 12-digit CMND must
  not be decoded as CCCD), cmnd_collision (the documented Ba Ria-Vung Tau / Dong Nai
  CMND range overlap: two real people, one number), standardised_2023 (history row with
  bad data, current row MATCH), standardised_junk (history = old pre-activated row,
  current = the genuine buyer re-registered in 2023; labelled on current state),
  recycled_number (TERMINATED history of a previous owner), ownership_transfer,
  clerical_typo / clerical_typo_corrected (honest typos: name, DOB day/month swap, DOB
  year -> CCCD year mismatch, wrong gender, one wrong ID digit), ported_in (prefix of
  another carrier), ported_out (TERMINATED subscription at the donor carrier),
  victim_own_sim / renter_own_sim / id_seller_own_sim / id_lender_own_sim (the genuine
  own SIMs of people whose identity is abused elsewhere in the batch).

SCENARIOS (row budgets as shares of N, see SCENARIOS below; labels of fraud kinds hit their
budget exactly; history-bearing legit kinds have 2 rows per subscription; companion SIMs
(victim_own_sim etc.) and the `clean` fill take the rest)
  typical_province  Nghe An (040) + Ha Tinh / Thanh Hoa; 86 % born locally.  Fraud/non-owner
                    4.5 % (preact leaked 1.0, fabricated .4, theft ring .6, dealer extras .5,
                    sim_farm .4, otp .3, rented .4, agent own ID .4, stolen .1, foreman .2,
                    borrowed .2); look-alikes/special legit 36 % (sales events 3, family 5,
                    multi-SIM 5, legacy CMND 4, recycled 2, IoT orgs 2, ...); 35 % of
                    fraud campaigns hard.
  industrial_border Bac Ninh / Bac Giang / Lang Son; 55 % migrants; factory sales 12 %,
                    foreigners 3.5 % (CN/KR), IoT 3 %; fraud/non-owner 9.1 % with sim_farm
                    1.5, rented 1.2, dealer extras 1.0, foreman SIMs 1.0; 35 % hard.
  fraud_heavy       HCMC / Binh Duong / Dong Nai; 60 % migrants; fraud/non-owner 26.5 %
                    (preact leaked 5, fabricated 2, theft ring 4, dealer extras 3, farm 3,
                    otp 3, rented 3, agent own 2, ...); 30 % hard; UTF-8 BOM.
  metro_city        Ha Noi; eKYC x1.7, organisations 8.5 %, campus 3 %, sales events 4 %,
                    foreigners 2 %; fraud 5.6 % led by theft rings / OTP; 50 % hard.
  sparse_export     Can Tho / Hau Giang / Vinh Long; fraud 5.1 %; per-carrier export
                    profiles leave many optional columns empty (usage only from Viettel and
                    VinaPhone, selfie hash only from Viettel/MobiFone, no ICCID/first-use from
                    VinaPhone, no IMSI/device from MobiFone, no popdb_check from
                    Vietnamobile, MVNOs send almost only required columns; status,
                    subscriber_type, nationality often left to the default); UTF-8 BOM.

DATED RULES applied to honest people: popdb check from 2022-08-01; Decree 163/2024
(2024-12-24): at most 3 self-service (EKYC_APP / ONLINE) numbers per document per carrier,
later ones in person; Circular 08/2026 (2026-04-15): honest H2H registrations carry
MATCH + selfie + face_match >= 0.8, foreigners in person; VNeID non-confirmation one-way
locks from 2026-06-15 (export date 2026-06-30).  No honest CMND registrations after 2024.
Fraudsters sometimes break these rules, sometimes not.

AMBIGUITIES AND RESOLUTIONS: see the report / comments near the code; main ones:
  * JUNK requires "for spam, scam or OTP / resale"; a borrowed ID for a genuine user is
    NON_OWNER only.  A dealer's own ID on resold SIMs is NON_OWNER too (real person, not
    the user).  SIM-farm identities are bought real identities -> 1/1.
  * Ported numbers: the new carrier's row is one subscription; the donor carrier's old
    row (same MSISDN, other carrier) is a separate TERMINATED subscription.
  * Empty status/subscriber_type/nationality/popdb_check are written only where the
    default is the true value (ACTIVE/INDIVIDUAL/VN/UNCHECKED), except in sparse_export
    where Vietnamobile does not export popdb_check at all (its rows read as UNCHECKED).
  * Times are ISO 8601 with an explicit offset: +07:00, except a few carriers per
    scenario (MVNOs; MobiFone in sparse_export) that export in +00:00.  No 'Z'.
  * Usage columns are empty (unknown) for registrations before 2023 or within 31 days
    of the export date, for carriers that do not export usage, and ~3 % at random; 0 is
    only written for a real zero (never-used SIMs).
  * A 12-digit CMND is written either as random digits or shaped like a CCCD of another
    birth year / gender: decoding it as CCCD gives nonsense by design.
  * Names: the same person appears in title case with diacritics, upper case with
    diacritics (chip/OCR), upper or mixed case without diacritics, and (LOCAL, some
    GMOBILE rows) Unicode NFD form.  Carrier codes are occasionally lower/title case.
  * Prefixes of ASIM/DIGILIFE/LOCAL are unconfirmed: they get numbers from their host's
    ranges; WINTEL uses 055 like Reddi.
"""
import argparse
import bisect
import csv
import math
import os
import random
import sys
import unicodedata
from datetime import date, timedelta
from math import gcd

HEADER = ['carrier', 'msisdn', 'imsi', 'iccid', 'subscriber_type', 'id_type', 'id_number',
          'full_name', 'date_of_birth', 'gender', 'nationality', 'province', 'registered_at',
          'channel', 'agent_id', 'device_imei', 'selfie_hash', 'face_match', 'popdb_check',
          'status', 'first_use_imei', 'active_days_30d', 'out_calls_30d', 'in_calls_30d',
          'out_sms_30d', 'in_sms_30d', 'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']
USAGE_COLS = HEADER[21:]

# --------------------------------------------------------------------------- dates
BASE = date(2010, 1, 1)
BASE_ORD = BASE.toordinal()


def dn(y, m, d):
    return date(y, m, d).toordinal() - BASE_ORD


EXPORT_DAY = dn(2026, 6, 30)
EXPORT_T = EXPORT_DAY * 86400 + 86399
EKYC_START = dn(2021, 1, 1)
POPDB_START = dn(2022, 8, 1)
D163 = dn(2024, 12, 24)
C08 = dn(2026, 4, 15)
VNEID_LOCK = dn(2026, 6, 15)
USAGE_FROM = dn(2023, 1, 1)
CMND_END = dn(2025, 1, 1)

# --------------------------------------------------------------------------- provinces
PROVINCES = [
    ('001', 'Hà Nội', 8.4), ('002', 'Hà Giang', .87), ('004', 'Cao Bằng', .54),
    ('006', 'Bắc Kạn', .32), ('008', 'Tuyên Quang', .8), ('010', 'Lào Cai', .75),
    ('011', 'Điện Biên', .62), ('012', 'Lai Châu', .47), ('014', 'Sơn La', 1.3),
    ('015', 'Yên Bái', .83), ('017', 'Hòa Bình', .87), ('019', 'Thái Nguyên', 1.3),
    ('020', 'Lạng Sơn', .8), ('022', 'Quảng Ninh', 1.4), ('024', 'Bắc Giang', 1.9),
    ('025', 'Phú Thọ', 1.5), ('026', 'Vĩnh Phúc', 1.2), ('027', 'Bắc Ninh', 1.5),
    ('030', 'Hải Dương', 1.9), ('031', 'Hải Phòng', 2.1), ('033', 'Hưng Yên', 1.3),
    ('034', 'Thái Bình', 1.9), ('035', 'Hà Nam', .87), ('036', 'Nam Định', 1.8),
    ('037', 'Ninh Bình', 1.0), ('038', 'Thanh Hóa', 3.7), ('040', 'Nghệ An', 3.4),
    ('042', 'Hà Tĩnh', 1.3), ('044', 'Quảng Bình', .9), ('045', 'Quảng Trị', .64),
    ('046', 'Thừa Thiên Huế', 1.15), ('048', 'Đà Nẵng', 1.2), ('049', 'Quảng Nam', 1.5),
    ('051', 'Quảng Ngãi', 1.25), ('052', 'Bình Định', 1.5), ('054', 'Phú Yên', .87),
    ('056', 'Khánh Hòa', 1.25), ('058', 'Ninh Thuận', .6), ('060', 'Bình Thuận', 1.25),
    ('062', 'Kon Tum', .57), ('064', 'Gia Lai', 1.6), ('066', 'Đắk Lắk', 1.9),
    ('067', 'Đắk Nông', .65), ('068', 'Lâm Đồng', 1.3), ('070', 'Bình Phước', 1.0),
    ('072', 'Tây Ninh', 1.2), ('074', 'Bình Dương', 2.7), ('075', 'Đồng Nai', 3.3),
    ('077', 'Bà Rịa - Vũng Tàu', 1.2), ('079', 'TP Hồ Chí Minh', 9.4), ('080', 'Long An', 1.7),
    ('082', 'Tiền Giang', 1.8), ('083', 'Bến Tre', 1.3), ('084', 'Trà Vinh', 1.0),
    ('086', 'Vĩnh Long', 1.0), ('087', 'Đồng Tháp', 1.6), ('089', 'An Giang', 1.9),
    ('091', 'Kiên Giang', 1.7), ('092', 'Cần Thơ', 1.25), ('093', 'Hậu Giang', .73),
    ('094', 'Sóc Trăng', 1.2), ('095', 'Bạc Liêu', .92), ('096', 'Cà Mau', 1.2)]
PROV_NAME = {c: n for c, n, _ in PROVINCES}
MOUNTAIN = ('002', '004', '006', '010', '011', '012', '014', '015', '020', '017')
POOR_SRC = [('038', 6), ('040', 6), ('064', 3), ('066', 3), ('094', 3), ('096', 2), ('089', 3),
            ('091', 2), ('014', 2), ('011', 2), ('002', 2), ('042', 2), ('087', 2), ('084', 2),
            ('095', 2), ('051', 2), ('062', 1), ('012', 1), ('017', 1), ('010', 1)]
# CMND issuing-police prefixes (own approximation; domain file gives 01/02/03/27/280)
CMND_PREFIX = {
    '001': '01', '079': '02', '031': '03', '011': '04', '012': '04', '014': '05', '010': '06',
    '015': '06', '002': '07', '008': '07', '020': '08', '004': '08', '019': '09', '006': '09',
    '022': '10', '017': '11', '024': '12', '027': '12', '025': '13', '026': '13', '030': '14',
    '033': '14', '034': '15', '036': '16', '035': '16', '037': '16', '038': '17', '040': '18',
    '042': '18', '044': '19', '045': '19', '046': '19', '048': '20', '049': '20', '051': '21',
    '052': '21', '054': '22', '056': '22', '062': '23', '064': '23', '066': '24', '067': '24',
    '068': '25', '058': '26', '060': '26', '075': '27', '077': '27', '074': '280', '070': '285',
    '072': '29', '080': '30', '082': '31', '083': '32', '086': '33', '084': '33', '087': '34',
    '089': '35', '092': '36', '093': '36', '094': '36', '091': '37', '096': '38', '095': '38'}

# --------------------------------------------------------------------------- names
FAMILY = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7), ('Hoàng', 4), ('Huỳnh', 1.6),
          ('Phan', 4.5), ('Vũ', 3), ('Võ', 1.6), ('Đặng', 2.1), ('Bùi', 2), ('Đỗ', 1.4),
          ('Hồ', 1.3), ('Ngô', 1.3), ('Dương', 1), ('Lý', .5), ('Đào', .6), ('Đoàn', .5),
          ('Vương', .2), ('Trịnh', .4), ('Trương', .6), ('Lâm', .4), ('Phùng', .2), ('Mai', .4),
          ('Tô', .2), ('Hà', .5), ('Tạ', .2), ('Lương', .3), ('Cao', .3), ('Lưu', .3),
          ('Chu', .2), ('Kiều', .1), ('Quách', .1), ('Thái', .2), ('Đinh', .5), ('Triệu', .2),
          ('La', .1), ('Khổng', .05), ('Nghiêm', .05), ('Tăng', .1)]
MINORITY_FAMILY = ['Giàng', 'Vàng', 'Lò', 'Lường', 'Sùng', 'Hầu', 'Mùa', 'Thào', 'Cầm', 'Quàng',
                   'Hoàng', 'Nông', 'Lục', 'Ma', 'Tòng']
MINORITY_GIVEN = ['Sử', 'Pằn', 'Chứ', 'Dìa', 'Páo', 'Mỷ', 'Súa', 'Dế', 'Xuân', 'Khai', 'Tếnh',
                  'Chía', 'Lềnh', 'Vư', 'Mai', 'Hoa', 'Nhè']
MIDDLE_M = [('Văn', 30), ('Đức', 8), ('Minh', 8), ('Quang', 5), ('Hữu', 5), ('Công', 4),
            ('Thành', 4), ('Ngọc', 3), ('Xuân', 3), ('Trung', 2), ('Hoàng', 3), ('Anh', 3),
            ('Gia', 3), ('Đình', 4), ('Tuấn', 2), ('Bảo', 3), ('Quốc', 4), ('Mạnh', 2),
            ('Thanh', 3), ('Nhật', 2), ('Việt', 2), ('Duy', 2), ('Tiến', 1), ('Trọng', 2)]
MIDDLE_F = [('Thị', 34), ('Ngọc', 8), ('Thu', 5), ('Thanh', 5), ('Kim', 4), ('Phương', 4),
            ('Mỹ', 3), ('Hồng', 4), ('Bảo', 3), ('Minh', 3), ('Khánh', 3), ('Thùy', 4), ('Hà', 2),
            ('Hoài', 2), ('Quỳnh', 2), ('Diệu', 2), ('Tuyết', 1), ('Lan', 2), ('Huyền', 2),
            ('Như', 2), ('Cẩm', 1), ('Yến', 1)]
GIVEN_M = ['Anh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Duy', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hùng',
           'Huy', 'Khang', 'Khoa', 'Kiên', 'Long', 'Lâm', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong',
           'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Tiến', 'Toàn', 'Trung', 'Tú',
           'Tuấn', 'Việt', 'Vinh', 'Vũ', 'Bảo', 'Hưng', 'Đạt', 'Khải', 'Lộc', 'Tâm', 'Thịnh',
           'Nhân', 'Hoàng', 'Hậu', 'Trí', 'Phát', 'Thái', 'Đông', 'Tùng', 'Lực', 'Hào', 'Chiến']
GIVEN_F = ['Anh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng',
           'Huệ', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc',
           'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Trâm',
           'Tuyết', 'Uyên', 'Vân', 'Vy', 'Yến', 'Hân', 'Nhi', 'Thư', 'Diệp', 'Xuân', 'Liên', 'Lý',
           'Nhàn', 'Thơm', 'Tươi', 'Lụa', 'Thắm', 'Hậu', 'Thanh', 'Hiên']
SECOND_MID = ['Bảo', 'Gia', 'Minh', 'Khánh', 'Ngọc', 'Thiên', 'An', 'Hoàng', 'Phương', 'Tuệ']

FOREIGN = {
    'CN': (['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU', 'XU', 'SUN'],
           ['WEI', 'FANG', 'NA', 'MIN', 'JING', 'LEI', 'QIANG', 'JUN', 'YAN', 'TAO', 'XIUYING', 'HAO']),
    'KR': (['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM'],
           ['MINJUN', 'SEOYEON', 'JI-HOON', 'HYUN-WOO', 'SU-BIN', 'JI-EUN', 'DONG-HYUN', 'YEJIN']),
    'JP': (['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO', 'NAKAMURA'],
           ['HIROSHI', 'YUKI', 'KENJI', 'AYAKA', 'TAKESHI', 'HARUTO', 'MISAKI', 'SHOTA']),
    'TW': (['CHEN', 'LIN', 'HUANG', 'CHANG', 'LI', 'WANG', 'WU', 'LIU'],
           ['CHIH-MING', 'SHU-FEN', 'CHIA-HAO', 'YA-TING', 'CHUN-HUNG', 'MEI-LING']),
    'US': (['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'MILLER', 'DAVIS', 'NGUYEN'],
           ['JOHN', 'MICHAEL', 'SARAH', 'JESSICA', 'DAVID', 'EMILY', 'DANIEL', 'KEVIN']),
    'GB': (['TAYLOR', 'WILSON', 'EVANS', 'THOMAS', 'ROBERTS', 'WALKER'],
           ['OLIVER', 'GEORGE', 'AMELIA', 'HARRY', 'CHARLOTTE', 'JACK']),
    'AU': (['SMITH', 'JONES', 'WILLIAMS', 'BROWN', 'WILSON', 'TRAN'],
           ['JACK', 'CHLOE', 'LIAM', 'OLIVIA', 'NOAH', 'MIA']),
    'FR': (['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'PETIT'],
           ['LUCAS', 'CAMILLE', 'HUGO', 'LEA', 'LOUIS', 'MANON']),
    'DE': (['MÜLLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER', 'MEYER'],
           ['LUKAS', 'ANNA', 'JONAS', 'LENA', 'FELIX', 'SOPHIE']),
    'RU': (['IVANOV', 'SMIRNOV', 'KUZNETSOV', 'POPOVA', 'SOKOLOVA', 'PETROV'],
           ['ALEXEI', 'OLGA', 'DMITRY', 'NATALIA', 'SERGEI', 'ANNA']),
    'LA': (['PHOMMACHANH', 'SENGDALA', 'KEOMANY', 'VONGSA', 'SOUVANNA'],
           ['SOMSAK', 'KHAMPHOU', 'NOY', 'BOUNMY', 'VIENGXAY']),
    'KH': (['SOK', 'CHAN', 'KIM', 'HENG', 'LIM', 'SOY'], ['DARA', 'SOPHEA', 'VICHEA', 'SREYMOM']),
    'TH': (['SAETANG', 'WONGSAWAT', 'CHAIPRASERT', 'SRISUK'], ['SOMCHAI', 'SUDA', 'ANAN', 'MALAI']),
    'IN': (['SHARMA', 'PATEL', 'KUMAR', 'SINGH', 'GUPTA'], ['RAHUL', 'PRIYA', 'AMIT', 'ANJALI']),
    'PH': (['SANTOS', 'REYES', 'CRUZ', 'BAUTISTA', 'GARCIA'], ['JOSE', 'MARIA', 'MARK', 'ANGEL']),
    'SG': (['TAN', 'LIM', 'LEE', 'NG', 'ONG'], ['WEI LING', 'JUN JIE', 'HUI MIN', 'KAI XIANG']),
    'MY': (['BIN AHMAD', 'TAN', 'LIM', 'BINTI ISMAIL'], ['AZMAN', 'SITI', 'FARID', 'NURUL']),
}
ORG_CORE = ['Thành Công', 'Minh Anh', 'Sao Việt', 'An Phát', 'Đông Á', 'Hòa Bình', 'Phú Gia',
            'Tân Tiến', 'Hưng Thịnh', 'Việt Nhật', 'Đại Dương', 'Trường Sơn', 'Hoàng Long',
            'Phương Nam', 'Bắc Hà', 'Kim Long', 'Nam Việt', 'Thiên Phú', 'Hanwoo Vina',
            'Daesung Vina', 'Sunrise', 'Golden Star', 'Ánh Dương', 'Bình Minh', 'Tín Nghĩa']
ORG_SECTOR = {'iot': ['Năng lượng', 'Cấp nước', 'Công nghệ IoT', 'Thiết bị điện', 'Giải pháp Camera',
                      'Thanh toán điện tử', 'Trạm sạc'],
              'fleet': ['Vận tải', 'Logistics', 'Giao nhận', 'Taxi', 'Xe khách', 'Chuyển phát'],
              'callcentre': ['Dịch vụ Viễn thông', 'Chăm sóc khách hàng', 'Tài chính tiêu dùng',
                             'Bảo hiểm', 'Bất động sản', 'Telesales'],
              'office': ['Xây dựng', 'Thực phẩm', 'Điện tử', 'Dệt may', 'Thương mại', 'Dược phẩm',
                         'Cơ khí', 'Nội thất']}
ORG_FORM = [('Công ty TNHH', 5), ('Công ty Cổ phần', 3), ('CÔNG TY TNHH', 1), ('Công ty TNHH MTV', 1)]

# --------------------------------------------------------------------------- carriers
CARRIERS = ['VIETTEL', 'VINAPHONE', 'MOBIFONE', 'VIETNAMOBILE', 'GMOBILE', 'ITEL', 'REDDI', 'ASIM',
            'DIGILIFE', 'LOCAL', 'WINTEL']
DEFAULT_SHARE = {'VIETTEL': 54, 'VINAPHONE': 22, 'MOBIFONE': 20, 'VIETNAMOBILE': 2.2,
                 'GMOBILE': .5, 'ITEL': .8, 'REDDI': .2, 'ASIM': .15, 'DIGILIFE': .1, 'LOCAL': .05,
                 'WINTEL': .05}
FRAUD_SHARE = {'VIETTEL': 45, 'VINAPHONE': 20, 'MOBIFONE': 20, 'VIETNAMOBILE': 8, 'GMOBILE': 2,
               'ITEL': 4, 'REDDI': 1}
BIG3 = ('VIETTEL', 'VINAPHONE', 'MOBIFONE')
# national number leads (after the 0 / 84)
LEADS = {
    'VIETTEL': [('86', 5), ('96', 9), ('97', 9), ('98', 9), ('32', 6), ('33', 6), ('34', 6),
                ('35', 6), ('36', 6), ('37', 6), ('38', 6), ('39', 6)],
    'VINAPHONE': [('88', 5), ('91', 9), ('94', 9), ('83', 6), ('84', 6), ('85', 6), ('81', 5),
                  ('82', 5)],
    'MOBIFONE': [('89', 5), ('90', 9), ('93', 9), ('70', 6), ('79', 6), ('77', 6), ('76', 5),
                 ('78', 5)],
    'VIETNAMOBILE': [('92', 6), ('56', 5), ('58', 5), ('52', 2)],
    'GMOBILE': [('993', 1), ('994', 1), ('995', 1), ('996', 1), ('997', 1), ('59', 5)],
    'ITEL': [('87', 1)],
    'REDDI': [('55', 1)],
    'WINTEL': [('55', 1)],
    'ASIM': [('89', 1)],
    'DIGILIFE': [('82', 1)],
    'LOCAL': [('81', 1)],
}
MNC = {'VIETTEL': '04', 'VINAPHONE': '02', 'MOBIFONE': '01', 'VIETNAMOBILE': '05', 'GMOBILE': '07',
       'ITEL': '08', 'REDDI': '09', 'WINTEL': '09', 'ASIM': '01', 'DIGILIFE': '02', 'LOCAL': '02'}
ICCID_LEN = {'VIETTEL': 20, 'VINAPHONE': 19, 'MOBIFONE': 20}
CODE_STYLE = {'VIETTEL': ('VTT', 'DB'), 'VINAPHONE': ('VNPT', 'VNP-DL'),
              'MOBIFONE': ('MBF-CH', 'MF'), 'VIETNAMOBILE': ('VNM-CH', 'VNM'),
              'GMOBILE': ('GTEL', 'GM'), 'ITEL': ('ITEL', 'IT'), 'REDDI': ('RD', 'RD'),
              'ASIM': ('AS', 'AS'), 'DIGILIFE': ('DGL', 'DGL'), 'LOCAL': ('LC', 'LC'),
              'WINTEL': ('WT', 'WT')}

ONLINE_CH = ('EKYC_APP', 'ONLINE')
TOPUP_MAIN = [0, 10000, 20000, 50000, 50000, 70000, 90000, 100000, 100000, 120000, 150000,
              200000, 200000, 300000, 500000]

#                 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
H_STORE = [0, 0, 0, 0, 0, 0, 0, 1, 4, 7, 8, 7, 5, 5, 6, 7, 7, 8, 8, 6, 3, 1, 0, 0]
H_AGENT = [0, 0, 0, 0, 0, 0, 1, 3, 5, 7, 7, 6, 5, 5, 6, 7, 7, 8, 9, 9, 7, 4, 1, .2]
H_SELF = [2, 1, .6, .4, .4, .8, 2, 4, 6, 7, 7, 7, 6, 6, 6, 6, 7, 8, 9, 10, 11, 10, 7, 4]
H_NIGHT = [9, 8, 7, 5, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 9]
H_FACTORY = [0] * 17 + [5, 9, 10, 9, 7, 3, 0]
H_BUSINESS = [0] * 8 + [5, 8, 8, 7, 5, 6, 8, 8, 7, 5] + [0] * 6


def cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


HC = {'STORE': cum(H_STORE), 'AGENT': cum(H_AGENT), 'EKYC_APP': cum(H_SELF), 'ONLINE': cum(H_SELF),
      'NIGHT': cum(H_NIGHT), 'FACTORY': cum(H_FACTORY), 'BUSINESS': cum(H_BUSINESS)}

# --------------------------------------------------------------------------- scenarios
FRAUD_KINDS = ['preactivation_leaked', 'preactivation_fabricated', 'identity_theft_ring',
               'dealer_extra_sims', 'sim_farm', 'otp_resale', 'rented_identity',
               'agent_own_id_mass', 'stolen_doc_opportunistic', 'foreman_worker_sims',
               'borrowed_id_genuine_user']
LEGIT_KINDS = ['sales_event', 'factory_sales_event', 'campus_event', 'family_one_phone',
               'guardian_child_sim', 'number_collector', 'multi_sim_legal',
               'telesales_heavy_caller', 'org_iot', 'org_fleet', 'org_call_centre', 'org_office',
               'foreigner_passport', 'vn_passport', 'legacy_cmnd', 'cmnd_collision',
               'standardised_2023', 'standardised_junk', 'recycled_number', 'ownership_transfer',
               'clerical_typo', 'ported']

_TYPICAL = {
    'preactivation_leaked': .010, 'preactivation_fabricated': .004, 'identity_theft_ring': .006,
    'dealer_extra_sims': .005, 'sim_farm': .004, 'otp_resale': .003, 'rented_identity': .004,
    'agent_own_id_mass': .004, 'stolen_doc_opportunistic': .001, 'foreman_worker_sims': .002,
    'borrowed_id_genuine_user': .002,
    'sales_event': .03, 'factory_sales_event': .01, 'campus_event': .01, 'family_one_phone': .05,
    'guardian_child_sim': .015, 'number_collector': .005, 'multi_sim_legal': .05,
    'telesales_heavy_caller': .005, 'org_iot': .02, 'org_fleet': .008, 'org_call_centre': .003,
    'org_office': .01, 'foreigner_passport': .004, 'vn_passport': .001, 'legacy_cmnd': .04,
    'cmnd_collision': .0004, 'standardised_2023': .03, 'standardised_junk': .003,
    'recycled_number': .02, 'ownership_transfer': .008, 'clerical_typo': .01, 'ported': .025}


def _mix(base, **over):
    d = dict(base)
    d.update(over)
    return d


NATIONAL = [(c, w) for c, _, w in PROVINCES]
SCENARIOS = {
    'typical_province': dict(
        home=[('040', 85), ('042', 8), ('038', 7)], local_birth=.86, migrant=NATIONAL,
        hard=.35, ekyc=1.0, sparse=False, bom=False, utc=('ITEL', 'REDDI', 'WINTEL'),
        foreign=[('LA', 3), ('CN', 3), ('KR', 2), ('TH', 1), ('JP', 1), ('US', 1), ('FR', 1)],
        shares=_TYPICAL),
    'industrial_border': dict(
        home=[('027', 55), ('024', 25), ('020', 20)], local_birth=.45,
        migrant=[('038', 10), ('040', 9), ('024', 6), ('030', 4), ('034', 5), ('036', 5), ('037', 3),
                 ('025', 4), ('019', 3), ('014', 3), ('015', 3), ('008', 3), ('002', 3), ('017', 3),
                 ('042', 4), ('044', 2), ('020', 3), ('004', 2), ('006', 1), ('010', 2), ('011', 2),
                 ('012', 1), ('022', 2), ('026', 3), ('033', 3), ('035', 2), ('045', 1)],
        hard=.35, ekyc=.9, sparse=False, bom=False, utc=('ITEL', 'REDDI', 'WINTEL', 'GMOBILE'),
        foreign=[('CN', 10), ('KR', 8), ('JP', 2), ('TW', 2), ('IN', 1), ('US', 1)],
        shares=_mix(_TYPICAL, preactivation_leaked=.012, preactivation_fabricated=.006,
                    dealer_extra_sims=.010, sim_farm=.015, otp_resale=.006, rented_identity=.012,
                    agent_own_id_mass=.006, stolen_doc_opportunistic=.002,
                    foreman_worker_sims=.010, borrowed_id_genuine_user=.006, sales_event=.02,
                    factory_sales_event=.12, campus_event=.003, family_one_phone=.03,
                    guardian_child_sim=.01, number_collector=.003, multi_sim_legal=.04,
                    telesales_heavy_caller=.003, org_iot=.03, org_fleet=.01, org_call_centre=.002,
                    org_office=.02, foreigner_passport=.035, legacy_cmnd=.025,
                    standardised_junk=.004, ownership_transfer=.005, ported=.02)),
    'fraud_heavy': dict(
        home=[('079', 60), ('074', 25), ('075', 15)], local_birth=.40,
        migrant=[('089', 6), ('087', 6), ('091', 5), ('094', 5), ('096', 5), ('095', 4), ('084', 4),
                 ('083', 4), ('082', 4), ('080', 4), ('086', 3), ('093', 3), ('092', 3), ('038', 5),
                 ('040', 5), ('042', 3), ('051', 4), ('052', 4), ('049', 3), ('066', 4), ('064', 3),
                 ('068', 2), ('060', 3), ('054', 2), ('036', 2), ('034', 2), ('072', 3)],
        hard=.30, ekyc=1.2, sparse=False, bom=True, utc=('ITEL', 'REDDI', 'WINTEL'),
        foreign=[('KR', 4), ('CN', 4), ('US', 3), ('JP', 2), ('TW', 3), ('AU', 2), ('GB', 1),
                 ('FR', 1), ('KH', 2), ('PH', 1), ('SG', 1), ('MY', 1), ('DE', 1), ('RU', 1)],
        shares=_mix(_TYPICAL, preactivation_leaked=.05, preactivation_fabricated=.02,
                    identity_theft_ring=.04, dealer_extra_sims=.03, sim_farm=.03, otp_resale=.03,
                    rented_identity=.03, agent_own_id_mass=.02, stolen_doc_opportunistic=.005,
                    foreman_worker_sims=.005, borrowed_id_genuine_user=.005, sales_event=.03,
                    factory_sales_event=.02, family_one_phone=.04, guardian_child_sim=.01,
                    multi_sim_legal=.04, telesales_heavy_caller=.01, org_call_centre=.005,
                    foreigner_passport=.01, vn_passport=.002, legacy_cmnd=.02,
                    standardised_2023=.02, standardised_junk=.005, ownership_transfer=.005,
                    ported=.02)),
    'metro_city': dict(
        home=[('001', 90), ('026', 5), ('033', 5)], local_birth=.58,
        migrant=[('038', 8), ('040', 7), ('036', 6), ('034', 6), ('030', 5), ('033', 5), ('035', 4),
                 ('037', 4), ('025', 4), ('026', 4), ('024', 4), ('027', 3), ('019', 3), ('031', 3),
                 ('042', 3), ('017', 3), ('014', 2), ('022', 2), ('044', 2), ('015', 2), ('008', 2)],
        hard=.50, ekyc=1.7, sparse=False, bom=False, utc=('ITEL', 'REDDI', 'WINTEL', 'LOCAL'),
        foreign=[('KR', 6), ('CN', 5), ('JP', 4), ('US', 4), ('FR', 3), ('GB', 2), ('AU', 2),
                 ('DE', 2), ('RU', 2), ('TW', 2), ('IN', 2), ('SG', 1), ('TH', 1), ('LA', 1)],
        shares=_mix(_TYPICAL, identity_theft_ring=.012, otp_resale=.008, preactivation_leaked=.008,
                    sim_farm=.005, rented_identity=.005, sales_event=.04, campus_event=.03,
                    org_iot=.03, org_fleet=.02, org_call_centre=.01, org_office=.025,
                    foreigner_passport=.02, vn_passport=.003, factory_sales_event=.004,
                    legacy_cmnd=.03, telesales_heavy_caller=.012)),
    'sparse_export': dict(
        home=[('092', 60), ('093', 20), ('086', 20)], local_birth=.82,
        migrant=[('089', 5), ('087', 5), ('091', 5), ('094', 5), ('096', 4), ('095', 4), ('084', 4),
                 ('083', 4), ('082', 3), ('080', 3), ('079', 4), ('086', 4), ('093', 4)],
        hard=.35, ekyc=1.0, sparse=True, bom=True, utc=('ITEL', 'REDDI', 'WINTEL', 'MOBIFONE'),
        foreign=[('KH', 5), ('CN', 3), ('KR', 2), ('US', 2), ('AU', 1), ('FR', 1)],
        shares=_mix(_TYPICAL, preactivation_leaked=.012, otp_resale=.005, rented_identity=.006,
                    factory_sales_event=.005, legacy_cmnd=.05)),
}

# sparse per-carrier export profile: columns never exported, and per-column blank rates
SPARSE_PROFILE = {
    'VIETTEL': (set(), {'selfie_hash': .3, 'device_imei': .2, 'first_use_imei': .1}),
    'VINAPHONE': ({'iccid', 'first_use_imei', 'selfie_hash', 'face_match'}, {'device_imei': .4}),
    'MOBIFONE': ({'imsi', 'device_imei', 'face_match'} | set(USAGE_COLS), {'selfie_hash': .2}),
    'VIETNAMOBILE': ({'selfie_hash', 'face_match', 'popdb_check'} | set(USAGE_COLS),
                     {'channel': .5, 'agent_id': .3}),
}
SPARSE_OTHER = ({'imsi', 'iccid', 'device_imei', 'selfie_hash', 'face_match', 'first_use_imei',
                 'gender', 'province'} | set(USAGE_COLS), {})


# --------------------------------------------------------------------------- helpers
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_STRIP = {}


def strip_dia(s):
    r = _STRIP.get(s)
    if r is None:
        t = s.replace('đ', 'd').replace('Đ', 'D')
        t = unicodedata.normalize('NFD', t)
        r = ''.join(ch for ch in t if unicodedata.category(ch) != 'Mn')
        r = unicodedata.normalize('NFC', r)
        _STRIP[s] = r
    return r


def wchoice_table(pairs):
    items = [p[0] for p in pairs]
    return items, cum([p[1] for p in pairs])


class Person(object):
    __slots__ = ('idt', 'idn', 'name', 'fam', 'dob', 'dobs', 'g', 'ppp', 'res', 'face', 'phones',
                 'nat', 'cmnd', 'feature', 'age')


class POS(object):
    __slots__ = ('code', 'carrier', 'kind', 'prov', 'devices', 'box', 'owner', 'corrupt')


class Gen(object):
    def __init__(self, rows, seed, scen_name):
        self.N = rows
        self.sc = SCENARIOS[scen_name]
        self.scen = scen_name
        self.rng = random.Random('indep4|%d|%s|%s' % (rows, seed, scen_name))
        r = self.rng
        self.rows_total = 0
        self.counts = {}
        self.subs_total = 0
        self._perm = {}
        self.budget = {}
        # tables
        self.fam_t = wchoice_table(FAMILY)
        self.midm_t = wchoice_table(MIDDLE_M)
        self.midf_t = wchoice_table(MIDDLE_F)
        self.nat_t = wchoice_table(NATIONAL)
        self.home_t = wchoice_table(self.sc['home'])
        self.mig_t = wchoice_table(self.sc['migrant'])
        self.poor_t = wchoice_table(POOR_SRC)
        self.for_t = wchoice_table(self.sc['foreign'])
        self.car_t = wchoice_table([(c, DEFAULT_SHARE[c]) for c in CARRIERS])
        self.fcar_t = wchoice_table(sorted(FRAUD_SHARE.items(), key=lambda kv: CARRIERS.index(kv[0])))
        self.lead_t = {c: wchoice_table(LEADS[c]) for c in CARRIERS}
        self.block_ctr = {}
        # TAC pools
        used = set()

        def tacs(n, prefixes):
            out = []
            while len(out) < n:
                t = r.choice(prefixes) + '%06d' % r.randrange(1000000)
                if t not in used:
                    used.add(t)
                    out.append(t)
            return out
        self.phone_tacs = tacs(1500, ['35', '35', '86', '86', '01', '35', '86', '99'])
        self.phone_tac_cum = cum([1.0 / (i + 3) ** 0.85 for i in range(len(self.phone_tacs))])
        self.feature_tacs = tacs(25, ['35', '86'])
        self.watch_tacs = tacs(6, ['86'])
        self.tablet_tacs = tacs(20, ['35', '86', '01'])
        self.gateway_tacs = tacs(6, ['86'])
        self.modem_tacs = tacs(6, ['86', '35'])
        self.iot_tacs = tacs(10, ['86', '35'])
        self.router_tacs = tacs(6, ['86', '35'])
        self.seq_serial = {}
        # SIM counters per carrier: [iccid_body, msin]
        self.simctr = {}
        for i, c in enumerate(CARRIERS):
            ln = ICCID_LEN.get(c, 19)
            body_digits = ln - 7
            lo = 10 ** (body_digits - 1)
            self.simctr[c] = [lo + i * lo // 12 + r.randrange(lo // 40), 1000000000 + i * 700000000
                              + r.randrange(100000000)]
        self.warehouse = {}
        # export style per carrier
        self.style = {}
        for c in CARRIERS:
            p0 = r.choice([.85, .7, .55, .4, .2])
            p84 = r.uniform(.05, 1 - p0)
            self.style[c] = (p0, p0 + p84, r.random() < .25, r.random() < .5, c in self.sc['utc'])
        self.stock_faces = [r.getrandbits(64) for _ in range(40)]
        self.flower = [r.getrandbits(64) for _ in range(4)]
        self.setup_pos()
        self.used_phones = []

    # ------------------------------------------------------------------ primitives
    def wpick(self, table):
        items, cw = table
        return items[bisect.bisect_left(cw, self.rng.random() * cw[-1])]

    def perm(self, key, space):
        st = self._perm.get(key)
        if st is None:
            a = self.rng.randrange(space // 3, space)
            while gcd(a, space) != 1:
                a += 1
            st = [0, a, self.rng.randrange(space)]
            self._perm[key] = st
        c = st[0]
        st[0] = c + 1
        return (c * st[1] + st[2]) % space

    def ln(self, med, sigma):
        return int(med * math.exp(self.rng.gauss(0, sigma)))

    def day_str(self, ordv):
        return date.fromordinal(ordv).isoformat()

    def hour_t(self, day, hkey):
        cw = HC[hkey]
        h = bisect.bisect_left(cw, self.rng.random() * cw[-1])
        return day * 86400 + h * 3600 + self.rng.randrange(3600)

    def rand_day(self, lo, hi):
        if hi <= lo:
            return min(lo, EXPORT_DAY)
        return self.rng.randint(lo, hi)

    def honest_day(self):
        x = self.rng.random()
        if x < .10:
            return self.rand_day(dn(2014, 1, 1), dn(2020, 12, 31))
        if x < .20:
            return self.rand_day(dn(2021, 1, 1), dn(2022, 12, 31))
        if x < .45:
            return self.rand_day(dn(2023, 1, 1), dn(2024, 12, 31))
        return self.rand_day(dn(2025, 1, 1), EXPORT_DAY)

    def fraud_day(self):
        x = self.rng.random()
        if x < .15:
            return self.rand_day(dn(2023, 6, 1), dn(2024, 6, 30))
        return self.rand_day(dn(2024, 7, 1), EXPORT_DAY - 1)

    # ------------------------------------------------------------------ devices
    def imei(self, tac, serial):
        p = tac + '%06d' % serial
        return p + luhn_digit(p)

    def phone_imeis(self, dual=None, feature=False):
        r = self.rng
        if feature:
            tac = r.choice(self.feature_tacs)
        else:
            tac = self.phone_tacs[bisect.bisect_left(self.phone_tac_cum, r.random() * self.phone_tac_cum[-1])]
        v = self.perm(('imei', tac), 500000) * 2
        if dual is None:
            dual = r.random() < .55
        if dual:
            return [self.imei(tac, v), self.imei(tac, v + 1)]
        return [self.imei(tac, v)]

    def seq_imeis(self, tacs, n):
        tac = self.rng.choice(tacs)
        s = self.seq_serial.get(tac)
        if s is None:
            s = self.rng.randrange(10000, 400000)
        s += self.rng.randrange(1, 40)
        self.seq_serial[tac] = s + n
        return [self.imei(tac, s + i) for i in range(n)]

    def new_device(self, kind='phone'):
        if kind == 'tablet':
            return self.seq_imeis(self.tablet_tacs, 1)[0]
        return self.phone_imeis(dual=False)[0]

    # ------------------------------------------------------------------ numbers & SIMs
    def msisdn(self, carrier):
        lead = self.wpick(self.lead_t[carrier])
        k = 9 - len(lead)
        v = self.perm(('ms', lead), 9 * 10 ** (k - 1))
        return lead + str(v).zfill(k)

    def msisdn_block(self, carrier, n):
        lead = self.wpick(self.lead_t[carrier])
        k = 9 - len(lead)
        start = self.block_ctr.get(lead)
        if start is None:
            start = 9 * 10 ** (k - 1) + self.rng.randrange(10 ** (k - 1) // 4)
        start += self.rng.randrange(1, 400)
        self.block_ctr[lead] = start + n
        return [lead + str(start + i).zfill(k) for i in range(n)]

    def new_box(self, carrier, size):
        st = self.simctr[carrier]
        gap = self.rng.randrange(1, 3000)
        st[0] += gap
        st[1] += gap + self.rng.randrange(0, 30)
        box = [carrier, st[0], st[1], size]
        st[0] += size
        st[1] += size
        return box

    def take(self, box):
        if box[3] <= 0:
            nb = self.new_box(box[0], 100)
            box[1], box[2], box[3] = nb[1], nb[2], nb[3]
        c = box[0]
        body, msin = box[1], box[2]
        box[1] += 1
        box[2] += 1
        box[3] -= 1
        ln = ICCID_LEN.get(c, 19)
        p = '8984' + MNC[c] + str(body).zfill(ln - 7)
        return ('452' + MNC[c] + '%010d' % msin, p + luhn_digit(p))

    def wh_sim(self, carrier):
        b = self.warehouse.get(carrier)
        if b is None:
            b = self.warehouse[carrier] = self.new_box(carrier, 500)
        return self.take(b)

    # ------------------------------------------------------------------ POS
    def pos_code(self, carrier, kind, prov):
        a, b = CODE_STYLE[carrier]
        n = self.perm(('pos', carrier, kind), 90000) + 10000
        if carrier == 'VIETTEL':
            return ('%s%s%05d' % (a, prov, n)) if kind == 'STORE' else ('%s%s%06d' % (b, prov, n))
        if carrier == 'VINAPHONE':
            return ('%s%s-CH%03d' % (a, prov, n % 1000)) if kind == 'STORE' else '%s-%s-%05d' % (b, prov, n)
        if carrier == 'MOBIFONE':
            return '%s-%s-%04d' % (a, prov, n % 10000) if kind == 'STORE' else '%s%sA%05d' % (b, prov, n)
        return '%s%s%05d' % (b if kind == 'AGENT' else a, prov, n)

    def make_pos(self, carrier, kind, prov=None, devices=None, owner=None, weight=None):
        r = self.rng
        p = POS()
        p.carrier = carrier
        p.kind = kind
        p.prov = prov or self.wpick(self.home_t)
        p.code = self.pos_code(carrier, kind, p.prov)
        if devices is None:
            if kind == 'STORE':
                devices = [self.new_device('tablet') for _ in range(r.randint(1, 4))]
            else:
                devices = [self.new_device() for _ in range(1 if r.random() < .7 else 2)]
        p.devices = devices
        p.box = self.new_box(carrier, 100)
        p.owner = owner
        p.corrupt = False
        if weight is None:
            weight = min(400.0, r.paretovariate(1.15))
            if kind == 'STORE':
                weight *= 6
        lst = self.pos_by[(carrier, kind)]
        lst[0].append(p)
        lst[1].append((lst[1][-1] if lst[1] else 0.0) + weight)
        return p

    def setup_pos(self):
        r = self.rng
        self.pos_by = {}
        for c in CARRIERS:
            for k in ('STORE', 'AGENT'):
                self.pos_by[(c, k)] = ([], [])
        n_ag = max(12, self.N // 110)
        n_st = max(6, self.N // 1500)
        for _ in range(n_st):
            c = self.wpick(self.car_t)
            if c not in BIG3 + ('VIETNAMOBILE',):
                c = r.choice(BIG3)
            self.make_pos(c, 'STORE')
        i = 0
        while i < n_ag:
            if r.random() < .22:   # multi-brand dealer: one owner, shared phones
                cs = []
                for _ in range(r.randint(2, 3)):
                    c = self.wpick(self.car_t)
                    if c not in cs:
                        cs.append(c)
                devs = [self.new_device() for _ in range(r.randint(1, 2))]
                prov = self.wpick(self.home_t)
                w = min(400.0, r.paretovariate(1.15))
                for c in cs:
                    self.make_pos(c, 'AGENT', prov, devs, weight=w * r.uniform(.3, 1.0))
                    i += 1
            else:
                self.make_pos(self.wpick(self.car_t), 'AGENT')
                i += 1
        for c in CARRIERS:   # every carrier gets at least one dealer
            if not self.pos_by[(c, 'AGENT')][0]:
                self.make_pos(c, 'AGENT')
            if c in BIG3 and not self.pos_by[(c, 'STORE')][0]:
                self.make_pos(c, 'STORE')

    def pick_pos(self, carrier, kind):
        if kind == 'STORE' and not self.pos_by[(carrier, 'STORE')][0]:
            kind = 'AGENT'
        lst, cw = self.pos_by[(carrier, kind)]
        return lst[bisect.bisect_left(cw, self.rng.random() * cw[-1])]

    def corrupt_pos(self, carrier, ghost_p=.35):
        r = self.rng
        if r.random() < ghost_p:
            p = self.make_pos(carrier, 'AGENT', weight=r.uniform(.05, .6))
        else:
            lst = self.pos_by[(carrier, 'AGENT')][0]
            p = lst[r.randrange(len(lst))]
        p.corrupt = True
        return p

    # ------------------------------------------------------------------ people
    def birth_prov(self, local=None):
        r = self.rng
        if local is None:
            local = self.sc['local_birth']
        if r.random() < local:
            return self.wpick(self.home_t)
        return self.wpick(self.mig_t) if r.random() < .8 else self.wpick(self.nat_t)

    def age_sample(self):
        r = self.rng
        x = r.random()
        bands = ((.04, 15, 17), (.20, 18, 24), (.42, 25, 34), (.62, 35, 44), (.78, 45, 54),
                 (.90, 55, 64), (.97, 65, 74), (1.01, 75, 92))
        for lim, lo, hi in bands:
            if x < lim:
                return r.randint(lo, hi)
        return 40

    def gen_name(self, g, fam=None, ppp=None, age=40):
        r = self.rng
        if ppp in MOUNTAIN and fam is None and r.random() < .35:
            fam = r.choice(MINORITY_FAMILY)
            mid = 'A' if (g == 'M' and r.random() < .4) else ('Văn' if g == 'M' else 'Thị')
            return fam, '%s %s %s' % (fam, mid, r.choice(MINORITY_GIVEN))
        if fam is None:
            fam = self.wpick(self.fam_t)
        if g == 'M':
            mid = self.wpick(self.midm_t)
            if mid == 'Văn' and age < 30 and r.random() < .5:
                mid = self.wpick(self.midm_t)
            giv = r.choice(GIVEN_M)
        else:
            mid = self.wpick(self.midf_t)
            if mid == 'Thị' and age < 30 and r.random() < .55:
                mid = self.wpick(self.midf_t)
            elif age >= 50 and r.random() < .5:
                mid = 'Thị'
            giv = r.choice(GIVEN_F)
        if age < 30 and r.random() < .18:
            mid = mid + ' ' + r.choice(SECOND_MID)
        if giv in mid.split():
            giv = r.choice(GIVEN_F if g == 'F' else GIVEN_M)
        return fam, '%s %s %s' % (fam, mid, giv)

    def cccd(self, ppp, year, g):
        G = (year // 100 - 19) * 2 + (1 if g == 'F' else 0)
        v = self.perm(('cccd', ppp, G, year % 100), 1000000)
        return '%s%d%02d%06d' % (ppp, G, year % 100, v)

    def person(self, age=None, g=None, ppp=None, res=None, fam=None, local=None):
        r = self.rng
        p = Person()
        p.g = g or ('M' if r.random() < .5 else 'F')
        if age is None:
            age = self.age_sample()
        p.age = age
        dob_ord = EXPORT_DAY + BASE_ORD - int((age + r.random()) * 365.2425)
        p.dob = dob_ord
        d = date.fromordinal(dob_ord)
        p.dobs = d.isoformat()
        p.ppp = ppp or self.birth_prov(local)
        if res is None:
            res = self.wpick(self.home_t) if r.random() < .93 else p.ppp
        p.res = res
        p.fam, p.name = self.gen_name(p.g, fam, p.ppp, age)
        p.idt = 'CCCD'
        p.idn = self.cccd(p.ppp, d.year, p.g)
        p.face = r.getrandbits(64)
        p.feature = age >= 62 and r.random() < .55
        p.phones = None
        p.nat = 'VN'
        p.cmnd = None
        return p

    def phones_of(self, p):
        if p.phones is None:
            p.phones = self.phone_imeis(feature=p.feature)
        return p.phones

    def min_day(self, p, min_age=14):
        return p.dob - BASE_ORD + int(min_age * 365.2425) + 3

    def fix_day(self, p, day, min_age=14):
        md = self.min_day(p, min_age)
        if day < md:
            day = min(EXPORT_DAY, md + self.rng.randrange(0, 400))
        return day

    def capture(self, face, kmax=4):
        r = self.rng
        # per-capture noise 0-3 bits => two captures of one face typically differ in <= 4 bits
        k = r.choice((0, 0, 1, 1, 1, 1, 2, 2, 2, 3)) if kmax == 4 else r.randint(0, kmax)
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return face

    def capture_n(self, face, k):
        bits = self.rng.sample(range(64), k)
        for b in bits:
            face ^= 1 << b
        return face

    def honest_fm(self, p, day):
        r = self.rng
        if p.age >= 60:
            fm = r.gauss(.84, .07)
        else:
            fm = r.gauss(.91, .04)
        lo = .80 if day >= C08 else .55
        return min(.995, max(lo, fm))

    # ------------------------------------------------------------------ usage
    def usage(self, prof, warm=False):
        r = self.rng
        ln = self.ln
        if prof == 'unused':
            return [0] * 8
        if prof == 'resale':
            x = r.random()
            prof = 'unused' if x < .30 else 'data' if x < .58 else 'scam' if x < .78 else 'main'
            if prof == 'unused':
                return [0] * 8
        if prof == 'main':
            a = r.randint(16, 30)
            oc, ic, os_, is_ = ln(70, .8), ln(80, .8), ln(5, 1.0), ln(35, .6)
            dc = min(oc, ln(22, .6))
            top, data = r.choice(TOPUP_MAIN), ln(3500, 1.1)
        elif prof == 'elderly':
            a = r.randint(8, 30)
            oc, ic, os_, is_ = ln(25, .7), ln(35, .7), ln(1, 1.0), ln(12, .7)
            dc = min(oc, ln(7, .5))
            top, data = r.choice((10000, 20000, 20000, 50000, 50000, 100000)), (0 if r.random() < .6 else ln(80, 1.2))
        elif prof == 'worker':
            a = r.randint(20, 30)
            oc, ic, os_, is_ = ln(45, .7), ln(40, .7), ln(3, 1.0), ln(25, .6)
            dc = min(oc, ln(12, .5))
            top, data = r.choice((20000, 50000, 50000, 70000, 100000)), ln(4000, .9)
        elif prof == 'student':
            a = r.randint(22, 30)
            oc, ic, os_, is_ = ln(25, .8), ln(30, .8), ln(6, 1.0), ln(30, .6)
            dc = min(oc, ln(12, .6))
            top, data = r.choice((50000, 70000, 90000, 120000)), ln(9000, .8)
        elif prof == 'data':
            a = r.randint(20, 30)
            oc, ic, os_, is_ = r.randint(0, 3), r.randint(0, 4), 0, ln(12, .6)
            dc = min(oc, 2)
            top, data = r.choice((70000, 90000, 120000, 150000, 200000)), ln(18000, .8)
        elif prof == 'backup':
            if r.random() < .4:
                return [0] * 8
            a = r.randint(1, 5)
            oc, ic, os_, is_ = r.randint(0, 2), r.randint(0, 3), 0, r.randint(1, 12)
            dc = min(oc, 2)
            top, data = r.choice((0, 0, 0, 10000, 20000)), r.randint(0, 60)
        elif prof == 'child':
            a = r.randint(20, 30)
            oc, ic, os_, is_ = ln(20, .6), ln(30, .6), ln(3, 1.0), ln(8, .6)
            dc = min(oc, r.randint(2, 6))
            top, data = r.choice((30000, 50000, 70000)), ln(1500, 1.0)
        elif prof == 'telesales':
            a = r.randint(24, 30)
            oc, ic, os_, is_ = ln(700, .4), ln(110, .5), ln(40, 1.0), ln(40, .6)
            dc = min(oc, int(oc * r.uniform(.45, .8)))
            top, data = r.choice((300000, 500000, 500000, 1000000)), ln(3000, 1.0)
        elif prof == 'iot':
            a = r.randint(27, 30)
            oc, ic, os_, is_ = 0, 0, r.randint(0, 60), r.randint(0, 30)
            dc = 0
            top, data = 0, r.randint(1, 80)
        elif prof == 'fleet':
            a = r.randint(24, 30)
            oc, ic, os_, is_ = ln(60, .7), ln(60, .7), ln(10, .8), ln(30, .6)
            dc = min(oc, ln(25, .5))
            top, data = 0, ln(1200, .7)
        elif prof == 'callcentre':
            a = r.randint(22, 27)
            oc, ic, os_, is_ = ln(1600, .35), ln(400, .6), ln(20, 1.0), ln(20, .6)
            dc = min(oc, int(oc * r.uniform(.55, .9)))
            top, data = 0, ln(300, 1.0)
        elif prof == 'tourist':
            a = r.randint(3, 14)
            oc, ic, os_, is_ = ln(6, .8), ln(5, .8), ln(1, 1.0), ln(10, .6)
            dc = min(oc, ln(4, .5))
            top, data = r.choice((0, 0, 50000, 100000)), ln(6000, .8)
        elif prof == 'scam':
            if warm:
                a = r.randint(15, 30)
                oc, ic, os_, is_ = ln(180, .5), ln(40, .6), ln(10, 1.0), ln(25, .6)
                dc = min(oc, int(oc * r.uniform(.5, .8)))
                top, data = r.choice((100000, 200000, 300000, 500000)), ln(1200, 1.0)
            else:
                a = r.randint(4, 25)
                oc, ic, os_, is_ = ln(450, .6), r.randint(0, 25), ln(3, 1.5), r.randint(0, 20)
                dc = min(oc, int(oc * r.uniform(.85, .99)))
                top, data = r.choice((200000, 500000, 500000, 1000000, 2000000)), r.randint(0, 200)
        elif prof == 'simbox':
            if warm:
                a = r.randint(25, 30)
                oc, ic, os_, is_ = ln(550, .35), ln(45, .5), ln(5, 1.0), ln(25, .5)
                dc = min(oc, int(oc * r.uniform(.6, .8)))
                top, data = r.choice((100000, 200000, 300000)), ln(250, 1.0)
            else:
                a = r.randint(25, 30)
                oc, ic = ln(3500, .5), r.randint(0, 8)
                os_ = ln(1500, .8) if r.random() < .3 else r.randint(0, 3)
                is_ = r.randint(0, 15)
                dc = min(oc + os_, int((oc + os_) * r.uniform(.9, .995)))
                top, data = r.choice((0, 0, 500000, 1000000, 2000000, 3000000)), 0
        elif prof == 'otp':
            if warm:
                a = r.randint(15, 30)
                oc, ic, os_, is_ = r.randint(2, 15), r.randint(2, 15), r.randint(0, 4), ln(70, .5)
                dc = min(oc, r.randint(2, 8))
                top, data = r.choice((10000, 20000, 50000)), ln(120, 1.0)
            else:
                a = r.randint(5, 30)
                oc, ic, os_, is_ = r.randint(0, 1), r.randint(0, 2), r.randint(0, 1), ln(160, .7)
                dc = min(oc + os_, 1)
                top, data = r.choice((0, 0, 0, 10000)), r.randint(0, 3)
        else:
            raise ValueError(prof)
        if dc > oc + os_:
            dc = oc + os_
        u = [a, oc, ic, os_, is_, dc, top, data]
        if a == 0:
            return [0] * 8
        return u

    def personal_profile(self, p):
        if p.age >= 62:
            return 'elderly'
        if p.age <= 23:
            return 'student'
        return 'main'

    # ------------------------------------------------------------------ rows
    def channel_for(self, day):
        r = self.rng
        x = r.random()
        if day < EKYC_START:
            return 'STORE' if x < .35 else 'AGENT'
        e = self.sc['ekyc']
        if day < D163:
            ek, on = .18 * e, .04 * e
        else:
            ek, on = .27 * e, .06 * e
        if x < ek:
            return 'EKYC_APP'
        if x < ek + on:
            return 'ONLINE'
        return 'STORE' if r.random() < .36 else 'AGENT'

    def popdb_honest(self, day):
        r = self.rng
        if day < POPDB_START:
            return 'UNCHECKED' if r.random() < .85 else 'MATCH'
        if day >= C08:
            return 'MATCH'
        x = r.random()
        return 'MATCH' if x < .985 else 'NOT_FOUND' if x < .99 else 'UNCHECKED' if x < .995 else 'MISMATCH'

    def selfie_honest(self, p, day, ch):
        r = self.rng
        if day < EKYC_START:
            return None, None
        if day < C08:
            pr = {'EKYC_APP': 1.0, 'ONLINE': .9, 'STORE': .8, 'AGENT': .55}[ch]
            if r.random() >= pr:
                return None, None
        return self.capture(p.face), self.honest_fm(p, day)

    def status_honest(self, day, prof):
        r = self.rng
        x = r.random()
        if prof == 'backup':
            if day < VNEID_LOCK and x < .08:
                return 'ONE_WAY_LOCKED'
            if day < EXPORT_DAY - 365 and x < .14:
                return 'TERMINATED'
            return 'ACTIVE'
        if day < VNEID_LOCK and x < .01:
            return 'ONE_WAY_LOCKED'
        if day < EXPORT_DAY - 365 and x < .03:
            return 'TERMINATED'
        return 'ACTIVE'

    def doc(self, p):
        return (p.idt, p.idn, p.name, p.dobs, p.g, p.nat, p.res)

    def row(self, carrier, ms, sim, doc, t, ch, pos, dev, selfie, fm, popdb, status, fu, usage,
            stype='INDIVIDUAL'):
        if t > EXPORT_T:
            t = EXPORT_T - self.rng.randrange(7200)
        return [carrier, ms, sim, doc, t, ch, pos.code if pos is not None else '', dev or '',
                selfie, fm, popdb, status, fu or '', usage, stype]

    def hrow(self, p, carrier, day, prof='main', ch=None, pos=None, phone_i=0, ms=None,
             t=None, dev=None, fu=None, hkey=None, status=None, sim=None):
        """honest row for person p"""
        r = self.rng
        if ch is None:
            ch = self.channel_for(day)
        if ch in ('STORE', 'AGENT'):
            if pos is None:
                pos = self.pick_pos(carrier, ch)
            ch = pos.kind
        if t is None:
            t = self.hour_t(day, hkey or ch)
        if ch in ONLINE_CH:
            pos = None
            if dev is None:
                if ch == 'EKYC_APP' or r.random() < .4:
                    dev = self.phones_of(p)[0]
        elif dev is None and pos is not None:
            dev = pos.devices[0] if r.random() < .6 else r.choice(pos.devices)
            if r.random() < .03:
                dev = ''
        if sim is None:
            sim = self.take(pos.box) if pos is not None else self.wh_sim(carrier)
        if ms is None:
            ms = self.msisdn(carrier)
        selfie, fm = self.selfie_honest(p, day, ch)
        popdb = self.popdb_honest(day)
        if status is None:
            status = self.status_honest(day, prof)
        if fu is None:
            if prof == 'backup' and r.random() < .4:
                fu = ''
            else:
                ph = self.phones_of(p)
                fu = ph[min(phone_i, len(ph) - 1)] if phone_i < 2 else self.phone_imeis(False)[0]
                used = self.used_phones
                if r.random() < .015 and len(used) > 50:
                    fu = used[r.randrange(len(used))]      # second-hand phone of someone else
                elif len(used) < 5000:
                    used.append(fu)
                else:
                    used[r.randrange(5000)] = fu
        us = self.usage(prof)
        if us[0] == 0 and r.random() < .6:
            fu = ''
        return self.row(carrier, ms, sim, self.doc(p), t, ch, pos, dev, selfie, fm, popdb, status,
                        fu, us)

    def emit(self, carrier, rows, junk, non_owner, pattern, bkey=None):
        ms = rows[0][1]
        self.lab_f.write('%s,84%s,%d,%d,%s\r\n' % (carrier, ms, junk, non_owner, pattern))
        self.counts[pattern] = self.counts.get(pattern, 0) + 1
        self.subs_total += 1
        for rw in rows:
            self.write_row(rw)
        self.rows_total += len(rows)
        if bkey is not None:
            self.budget[bkey] -= len(rows)

    def person_plan(self, p, plans, pattern_default, bkey, junk=0, nonown=0):
        """plans: list of dicts(carrier, day, prof, pat, ch, pos, phone_i, ms).  Enforces
        Decree 163 (<=3 self-service per document per carrier)."""
        plans.sort(key=lambda d: d['day'])
        cnt = {}
        for pl in plans:
            c = pl['carrier']
            day = self.fix_day(p, pl['day'])
            ch = pl.get('ch') or self.channel_for(day)
            if ch in ONLINE_CH and day >= D163:
                k = cnt.get(c, 0)
                if k >= 3:
                    ch = 'STORE' if self.rng.random() < .45 else 'AGENT'
                    pl['pos'] = None
                else:
                    cnt[c] = k + 1
            rw = self.hrow(p, c, day, pl.get('prof', 'main'), ch, pl.get('pos'),
                           pl.get('phone_i', 0), pl.get('ms'))
            self.emit(c, [rw], junk, nonown, pl.get('pat', pattern_default), bkey)

    # ------------------------------------------------------------------ output
    def open_out(self, outdir):
        self.outdir = outdir
        self.nb = max(1, self.N // 60000)
        self.bucket_mem = self.nb == 1
        self.lab_f = open(os.path.join(outdir, 'labels.csv'), 'w', encoding='utf-8', newline='')
        self.lab_f.write('carrier,msisdn,junk,non_owner,pattern\r\n')
        if self.bucket_mem:
            self.bufs = [[]]
        else:
            self.bfiles = []
            for i in range(self.nb):
                f = open(os.path.join(outdir, '.indep4_bucket_%03d.tmp' % i), 'w', encoding='utf-8',
                         newline='')
                self.bfiles.append(f)
            self.bufs = [[] for _ in range(self.nb)]

    def fmt_t(self, t, utc):
        if utc:
            t -= 25200
        d, s = divmod(t, 86400)
        ds = self._days.get(d)
        if ds is None:
            ds = self._days[d] = date.fromordinal(d + BASE_ORD).isoformat()
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return '%sT%02d:%02d:%02d%s' % (ds, h, m, s, '+00:00' if utc else '+07:00')

    _days = {}

    def csv_line(self, vals):
        out = []
        for v in vals:
            if ',' in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        return ','.join(out)

    def write_row(self, rw):
        r = self.rng
        (carrier, ms, sim, doc, t, ch, agent, dev, selfie, fm, popdb, status, fu, usage, stype) = rw
        p0, p84, upper_hash, fm3, utc = self.style[carrier]
        x = r.random()
        msx = ('0' + ms) if x < p0 else ('84' + ms) if x < p84 else ('+84' + ms)
        cx = carrier
        if r.random() < .03:
            cx = carrier.lower() if r.random() < .5 else carrier.capitalize()
        idt, idn, name, dobs, g, nat, res = doc
        if stype == 'INDIVIDUAL':
            name = self.render_name(name, ch, carrier)
        if sim is None:
            imsi = iccid = ''
        else:
            imsi, iccid = sim
            if r.random() < .03:
                imsi = ''
            if r.random() < .03:
                iccid = ''
        sh = ''
        if selfie is not None:
            sh = ('%016X' if upper_hash else '%016x') % selfie
        fms = ''
        if fm is not None:
            fms = ('%.3f' if fm3 else '%.2f') % fm
        day = t // 86400
        ucols = [''] * 8
        if usage is not None and USAGE_FROM <= day <= EXPORT_DAY - 31 and r.random() > .03:
            ucols = [str(v) for v in usage]
            if r.random() < .01:
                for _ in range(r.randint(1, 3)):
                    ucols[r.randrange(8)] = ''
        st = stype
        if stype == 'INDIVIDUAL' and r.random() < .5:
            st = ''
        nats = nat
        if nat == 'VN' and r.random() < .45:
            nats = ''
        stat = status
        if status == 'ACTIVE' and r.random() < .3:
            stat = ''
        pdb = popdb
        if popdb == 'UNCHECKED' and r.random() < .3:
            pdb = ''
        gs = g
        if r.random() < .04:
            gs = ''
        pr = res
        if r.random() < .07:
            pr = ''
        vals = [cx, msx, imsi, iccid, st, idt, idn, name, dobs, gs, nats, pr,
                self.fmt_t(t, utc), ch, agent, dev, sh, fms, pdb, stat, fu] + ucols
        if self.sc['sparse']:
            never, rates = SPARSE_PROFILE.get(carrier, SPARSE_OTHER)
            for i, col in enumerate(HEADER):
                if col in never:
                    vals[i] = ''
                else:
                    rt = rates.get(col)
                    if rt and r.random() < rt:
                        vals[i] = ''
            if vals[11] and r.random() < .3:
                vals[11] = ''
            if vals[9] and r.random() < .25:
                vals[9] = ''
            if vals[10] == 'VN' and r.random() < .6:
                vals[10] = ''
            if vals[4] == 'INDIVIDUAL' and r.random() < .8:
                vals[4] = ''
            if vals[19] == 'ACTIVE' and r.random() < .6:
                vals[19] = ''
            if vals[18] == 'UNCHECKED' and r.random() < .5:
                vals[18] = ''
            if vals[14] and r.random() < .15:
                vals[14] = ''
        line = self.csv_line(vals)
        b = r.randrange(self.nb)
        buf = self.bufs[b]
        buf.append(line)
        if not self.bucket_mem and len(buf) >= 2000:
            self.bfiles[b].write('\n'.join(buf) + '\n')
            buf.clear()

    def render_name(self, name, ch, carrier):
        r = self.rng
        x = r.random()
        if ch == 'AGENT':
            a, b, c = .13, .21, .29
        elif ch == 'STORE':
            a, b, c = .04, .12, .15
        elif ch == 'EKYC_APP':
            a, b, c = .01, .36, .37       # chip / OCR reads upper case with diacritics
        elif ch == 'ONLINE':
            a, b, c = .05, .10, .20
        else:
            a, b, c = .10, .20, .30
        if x < a:
            return strip_dia(name).upper()
        if x < b:
            return name.upper()
        if x < c:
            return strip_dia(name)
        if carrier == 'LOCAL' or (carrier == 'GMOBILE' and x > .97):
            return unicodedata.normalize('NFD', name)
        return name

    def finish(self, outdir):
        r = self.rng
        path = os.path.join(outdir, 'batch.csv')
        enc = 'utf-8-sig' if self.sc['bom'] else 'utf-8'
        with open(path, 'w', encoding=enc, newline='') as out:
            out.write(','.join(HEADER) + '\r\n')
            for i in range(self.nb):
                if self.bucket_mem:
                    lines = self.bufs[i]
                else:
                    f = self.bfiles[i]
                    if self.bufs[i]:
                        f.write('\n'.join(self.bufs[i]) + '\n')
                    f.close()
                    fn = os.path.join(outdir, '.indep4_bucket_%03d.tmp' % i)
                    with open(fn, encoding='utf-8', newline='') as fh:
                        lines = fh.read().split('\n')
                    os.remove(fn)
                    if lines and lines[-1] == '':
                        lines.pop()
                r.shuffle(lines)
                if lines:
                    out.write('\r\n'.join(lines) + '\r\n')
                self.bufs[i] = []
        self.lab_f.close()

    # ================================================================== LEGIT UNITS
    def u_clean(self, bkey=None, pattern='clean'):
        r = self.rng
        p = self.person()
        k = 1 if r.random() < .74 else 2 if r.random() < .8 else 3
        day0 = self.fix_day(p, self.honest_day())
        plans = []
        c0 = self.wpick(self.car_t)
        plans.append(dict(carrier=c0, day=day0, prof=self.personal_profile(p), pat=pattern))
        for j in range(1, k):
            c = c0 if r.random() < .35 else self.wpick(self.car_t)
            x = r.random()
            if x < .38:
                prof, pat = 'data', 'data_only_sim'
            elif x < .68:
                prof, pat = 'backup', 'backup_sim'
            else:
                prof, pat = self.personal_profile(p), pattern
            d = min(EXPORT_DAY, day0 + r.randint(0, 1500))
            plans.append(dict(carrier=c, day=d, prof=prof, pat=pat, phone_i=j))
        self.person_plan(p, plans, pattern, bkey)

    def u_multi_sim(self):
        r = self.rng
        p = self.person(age=r.randint(25, 60))
        k = r.randint(4, 9)
        cars = [self.wpick(self.car_t) for _ in range(r.randint(1, 3))]
        plans = []
        for j in range(k):
            prof = r.choice(('main', 'data', 'backup', 'main', 'data', 'telesales' if r.random() < .1 else 'main'))
            plans.append(dict(carrier=r.choice(cars), day=self.rand_day(dn(2018, 1, 1), EXPORT_DAY),
                              prof=prof, phone_i=j))
        self.person_plan(p, plans, 'multi_sim_legal', 'multi_sim_legal')

    def u_collector(self):
        r = self.rng
        p = self.person(age=r.randint(30, 65), g='M' if r.random() < .8 else 'F')
        k = r.randint(10, 40)
        c = r.choice(BIG3)
        store = self.pick_pos(c, 'STORE')
        plans = []
        for j in range(k):
            cc = c if r.random() < .7 else self.wpick(self.car_t)
            plans.append(dict(carrier=cc, day=self.rand_day(dn(2015, 1, 1), EXPORT_DAY),
                              prof='backup' if r.random() < .8 else 'main',
                              ch='STORE' if r.random() < .8 else 'AGENT',
                              pos=store if cc == c and r.random() < .7 else None, phone_i=0))
        self.person_plan(p, plans, 'number_collector', 'number_collector')

    def u_telesales(self):
        r = self.rng
        p = self.person(age=r.randint(22, 45))
        plans = [dict(carrier=self.wpick(self.car_t), day=self.honest_day(), prof='telesales', phone_i=j)
                 for j in range(r.randint(1, 3))]
        self.person_plan(p, plans, 'telesales_heavy_caller', 'telesales_heavy_caller')

    def u_family(self):
        r = self.rng
        res = self.wpick(self.home_t)
        ppp = self.birth_prov()
        fa = self.person(age=r.randint(40, 62), g='M', ppp=ppp, res=res)
        mo = self.person(age=max(36, fa.age - r.randint(-2, 6)), g='F', ppp=self.birth_prov(.9), res=res)
        members = [fa, mo]
        for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
            age = r.randint(16, max(16, fa.age - 20))
            members.append(self.person(age=age, fam=fa.fam, ppp=ppp if r.random() < .8 else self.birth_prov(),
                                       res=res))
        for _ in range(r.choice((0, 0, 1, 2))):
            members.append(self.person(age=r.randint(68, 90), ppp=ppp, res=res, fam=fa.fam if r.random() < .5 else None))
        helper = max(members, key=lambda m: (m.age < 50, -abs(m.age - 30)))
        day = max(self.fix_day(m, self.rand_day(max(EKYC_START, dn(2022, 1, 1)), EXPORT_DAY)) for m in members)
        mode = 'EKYC_APP' if r.random() < .65 else 'AGENT'
        carrier = self.wpick(self.car_t)
        pos = self.pick_pos(carrier, 'AGENT') if mode == 'AGENT' else None
        t = self.hour_t(day, 'EKYC_APP' if mode == 'EKYC_APP' else 'AGENT')
        hdev = self.phones_of(helper)[0]
        for m in members:
            c = carrier if r.random() < .8 else self.wpick(self.car_t)
            if mode == 'AGENT' and c != carrier:
                c = carrier
            t += r.randint(90, 900)
            ch = mode
            dev = hdev if mode == 'EKYC_APP' else None
            fu = None
            if m is not helper and r.random() < .2:
                fu = self.phones_of(helper)[-1]          # helper tests the SIM in his phone
            rw = self.hrow(m, c, day, self.personal_profile(m), ch, pos, t=t, dev=dev, fu=fu)
            self.emit(c, [rw], 0, 0, 'family_one_phone', 'family_one_phone')

    def u_guardian(self):
        r = self.rng
        p = self.person(age=r.randint(30, 50))
        day0 = self.fix_day(p, self.honest_day())
        plans = [dict(carrier=self.wpick(self.car_t), day=day0, prof='main', pat='clean')]
        for _ in range(r.randint(1, 2)):
            plans.append(dict(carrier=self.wpick(self.car_t), day=self.rand_day(max(day0, dn(2019, 1, 1)), EXPORT_DAY),
                              prof='child', pat='guardian_child_sim', phone_i=2))
        # child SIMs: first used in kids' phones / watches
        plans.sort(key=lambda d: d['day'])
        cnt = {}
        for pl in plans:
            c, day = pl['carrier'], pl['day']
            ch = self.channel_for(day)
            if ch in ONLINE_CH and day >= D163:
                cnt[c] = cnt.get(c, 0) + 1
                if cnt[c] > 3:
                    ch = 'STORE'
            fu = None
            if pl['pat'] == 'guardian_child_sim':
                fu = self.seq_imeis(self.watch_tacs, 1)[0] if r.random() < .4 else self.phone_imeis(False)[0]
            rw = self.hrow(p, c, day, pl['prof'], ch, fu=fu)
            bk = 'guardian_child_sim' if pl['pat'] == 'guardian_child_sim' else None
            self.emit(c, [rw], 0, 0, pl['pat'], bk)

    def u_event(self, kind):
        """sales_event / factory_sales_event / campus_event"""
        r = self.rng
        cap = self.budget[kind]
        if kind == 'sales_event':
            carrier = r.choice(BIG3)
            pos = self.pick_pos(carrier, 'STORE')
            devs = [self.new_device('tablet') for _ in range(r.randint(1, 3))]
            n = r.randint(40, 400)
            day = self.rand_day(dn(2023, 1, 1), EXPORT_DAY - 1)
            hkey = 'STORE'
        elif kind == 'factory_sales_event':
            carrier = self.wpick(self.car_t)
            if carrier not in BIG3 and r.random() < .7:
                carrier = r.choice(BIG3)
            pos = self.pick_pos(carrier, 'AGENT')
            devs = pos.devices
            n = r.randint(50, 300)
            day = self.rand_day(dn(2023, 1, 1), EXPORT_DAY - 1)
            hkey = 'FACTORY'
        else:
            carrier = r.choice(BIG3)
            pos = self.pick_pos(carrier, r.choice(('STORE', 'AGENT')))
            devs = [self.new_device('tablet') for _ in range(r.randint(1, 2))]
            n = r.randint(40, 250)
            year = r.choice((2023, 2024, 2025))
            day = self.rand_day(dn(year, 8, 15), dn(year, 9, 30))
            hkey = 'STORE'
        n = max(1, min(n, cap))
        box = self.new_box(carrier, n + 20)
        ndays = 1 if kind != 'factory_sales_event' else r.randint(1, 3)
        i = 0
        while i < n:
            d = day + r.randrange(ndays)
            if kind == 'campus_event':
                age = 18 if r.random() < .85 else r.randint(19, 22)
                age += (EXPORT_DAY - d) // 365
                p = self.person(age=age, ppp=self.wpick(self.nat_t) if r.random() < .7 else None)
                prof = 'student'
            elif kind == 'factory_sales_event':
                age = min(40, max(18, int(r.gauss(25, 5)))) + (EXPORT_DAY - d) // 365
                p = self.person(age=age, local=.15)
                if r.random() < .5:
                    p.res = p.ppp
                prof = 'worker'
            else:
                p = self.person()
                prof = r.choice(('main', 'data', 'data', 'backup', 'unused', self.personal_profile(p)))
            d = self.fix_day(p, d, 16)
            if kind == 'campus_event' and r.random() < .25:
                rw = self.hrow(p, carrier, d, prof, 'EKYC_APP', hkey='EKYC_APP')
                self.emit(carrier, [rw], 0, 0, kind, kind)
                i += 1
                continue
            k = 2 if (kind == 'sales_event' and r.random() < .12) else 1
            for j in range(k):
                dev = r.choice(devs)
                rw = self.hrow(p, carrier, d, prof if j == 0 else 'backup', pos.kind, pos, j,
                               hkey=hkey, dev=dev, sim=self.take(box))
                self.emit(carrier, [rw], 0, 0, kind, kind)
                i += 1

    def org_doc(self, kind):
        r = self.rng
        form = self.wpick(wchoice_table(ORG_FORM))
        name = '%s %s %s' % (form, r.choice(ORG_SECTOR[kind]), r.choice(ORG_CORE))
        if r.random() < .25:
            name += ', chi nhánh %s' % PROV_NAME[self.wpick(self.home_t)]
        taxp = r.choice(('01', '03', '23', '24', '29', '36', '02', '04', '38', '37'))
        idn = taxp + '%08d' % r.randrange(10 ** 8)
        if r.random() < .2:
            idn += '-%03d' % r.randint(1, 30)
        return ('ORG', idn, name, '', '', 'VN', self.wpick(self.home_t))

    def u_org(self, kind):
        r = self.rng
        cap = self.budget[kind]
        okind = {'org_iot': 'iot', 'org_fleet': 'fleet', 'org_call_centre': 'callcentre',
                 'org_office': 'office'}[kind]
        doc = self.org_doc(okind)
        rep = self.person(age=r.randint(30, 60))
        carrier = r.choice(BIG3) if r.random() < .9 else self.wpick(self.car_t)
        pos = self.pick_pos(carrier, 'STORE')
        if okind == 'iot':
            n = int(min(600, r.paretovariate(1.0) * 20))
        elif okind == 'fleet':
            n = r.randint(15, 200)
        elif okind == 'callcentre':
            n = r.randint(20, 150)
        else:
            n = r.randint(3, 30)
        n = max(1, min(n, cap))
        nlots = 1 if n < 40 or r.random() < .6 else r.randint(2, 4)
        sizes = [n // nlots] * nlots
        sizes[-1] += n - sum(sizes)
        day = self.rand_day(dn(2019, 1, 1), EXPORT_DAY - 1)
        for sz in sizes:
            if sz <= 0:
                continue
            seqms = self.msisdn_block(carrier, sz) if (okind in ('iot', 'fleet') or r.random() < .4) else None
            box = self.new_box(carrier, sz)
            t = self.hour_t(day, 'BUSINESS')
            dev = r.choice(pos.devices)
            if okind == 'iot':
                fus = self.seq_imeis(self.iot_tacs, sz) if r.random() < .7 else \
                    [self.seq_imeis(self.iot_tacs, 1)[0] for _ in range(sz)]
            elif okind == 'callcentre' and r.random() < .5:
                tac = r.choice(self.phone_tacs[:50])
                fus = [self.imei(tac, self.perm(('imei', tac), 500000) * 2) for _ in range(sz)]
            else:
                fus = [self.phone_imeis(False)[0] for _ in range(sz)]
            prof = {'iot': 'iot', 'fleet': 'fleet', 'callcentre': 'callcentre', 'office': 'main'}[okind]
            h2h = okind != 'iot'
            for i in range(sz):
                t += r.randint(5, 60)
                ms = seqms[i] if seqms else self.msisdn(carrier)
                if day >= EKYC_START and (h2h or r.random() < .3) and (day >= C08 and h2h or r.random() < .7):
                    selfie, fm = self.capture(rep.face), self.honest_fm(rep, day)
                else:
                    selfie, fm = None, None
                popdb = 'MATCH' if day >= POPDB_START else 'UNCHECKED'
                status = 'ACTIVE' if r.random() < .96 else 'TERMINATED'
                rw = self.row(carrier, ms, self.take(box), doc, t, 'STORE', pos, dev, selfie, fm,
                              popdb, status, fus[i], self.usage(prof), 'ORGANIZATION')
                self.emit(carrier, [rw], 0, 0, kind, kind)
            day = min(EXPORT_DAY - 1, day + r.randint(30, 500))

    def foreign_doc(self, nat):
        r = self.rng
        fams, givs = FOREIGN[nat]
        g = 'M' if r.random() < .55 else 'F'
        fam, giv = r.choice(fams), r.choice(givs)
        if nat in ('US', 'GB', 'AU', 'FR', 'DE', 'RU'):
            name = '%s %s' % (giv, fam)
        else:
            name = '%s %s' % (fam, giv)
        if r.random() < .3:
            name = name.title()
        d = r.randrange(10 ** 9)
        if nat == 'CN':
            pn = ('E%08d' % (d % 10 ** 8)) if r.random() < .6 else 'E%s%07d' % (r.choice('ABCDEFGH'), d % 10 ** 7)
        elif nat == 'KR':
            pn = 'M%08d' % (d % 10 ** 8)
        elif nat in ('JP', 'TH', 'AU'):
            pn = '%s%s%07d' % (r.choice('TMAPNR'), r.choice('KRANEZ'), d % 10 ** 7)
        elif nat in ('US', 'GB', 'TW', 'RU'):
            pn = '%09d' % d
        elif nat == 'FR':
            pn = '%02d%s%s%05d' % (d % 100, r.choice('ABCFHK'), r.choice('ABCDEV'), d % 10 ** 5)
        elif nat == 'DE':
            pn = 'C' + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
        elif nat in ('IN', 'LA'):
            pn = '%s%07d' % (r.choice('PNKZ'), d % 10 ** 7)
        elif nat == 'KH':
            pn = 'N%08d' % (d % 10 ** 8)
        elif nat == 'PH':
            pn = 'P%07d%s' % (d % 10 ** 7, r.choice('ABC'))
        elif nat == 'SG':
            pn = 'K%07d%s' % (d % 10 ** 7, r.choice('ABCDEFGHJ'))
        else:
            pn = 'A%08d' % (d % 10 ** 8)
        p = Person()
        p.g, p.age = g, r.randint(20, 65)
        p.dob = EXPORT_DAY + BASE_ORD - int((p.age + r.random()) * 365.2425)
        p.dobs = date.fromordinal(p.dob).isoformat()
        p.idt, p.idn, p.name, p.fam = 'PASSPORT', pn, name, ''
        p.ppp, p.res, p.nat = '', self.wpick(self.home_t), nat
        p.face, p.phones, p.feature, p.cmnd = r.getrandbits(64), None, False, None
        return p

    def u_foreigner(self):
        r = self.rng
        group = r.random() < .18
        n = r.randint(5, 30) if group else 1
        n = max(1, min(n, self.budget['foreigner_passport']))
        nat = self.wpick(self.for_t)
        c = r.choice(BIG3)
        pos = self.pick_pos(c, 'STORE' if r.random() < .7 else 'AGENT')
        day = self.rand_day(dn(2021, 6, 1), EXPORT_DAY)
        t = self.hour_t(day, 'STORE')
        for _ in range(n):
            p = self.foreign_doc(nat if group or r.random() < .8 else self.wpick(self.for_t))
            tourist = group or r.random() < .45
            if not group:
                day = self.rand_day(dn(2021, 6, 1), EXPORT_DAY)
                t = self.hour_t(day, 'STORE')
                c = r.choice(BIG3) if r.random() < .9 else self.wpick(self.car_t)
                pos = self.pick_pos(c, 'STORE' if r.random() < .6 else 'AGENT')
            t += r.randint(60, 400)
            sim = self.take(pos.box)
            selfie, fm = (self.capture(p.face), self.honest_fm(p, day)) if (day >= C08 or r.random() < .8) else (None, None)
            popdb = 'UNCHECKED' if r.random() < .88 else 'NOT_FOUND'
            us = self.usage('tourist' if tourist else 'main')
            rw = self.row(c, self.msisdn(c), sim, self.doc(p), t, pos.kind, pos, r.choice(pos.devices), selfie,
                          fm, popdb, 'ACTIVE' if (not tourist or r.random() < .6) else 'TERMINATED',
                          self.phones_of(p)[0], us)
            self.emit(c, [rw], 0, 0, 'foreigner_passport', 'foreigner_passport')

    def u_vn_passport(self):
        r = self.rng
        p = self.person(age=r.randint(25, 70))
        p.idt = 'PASSPORT'
        p.idn = '%s%07d' % (r.choice('BCNP'), r.randrange(10 ** 7))
        c = r.choice(BIG3)
        rw = self.hrow(p, c, self.rand_day(dn(2020, 1, 1), EXPORT_DAY), 'main',
                       'STORE' if r.random() < .6 else 'AGENT')
        rw[10] = 'UNCHECKED' if r.random() < .6 else 'MATCH'
        self.emit(c, [rw], 0, 0, 'vn_passport', 'vn_passport')

    def cmnd_for(self, p, twelve=False):
        r = self.rng
        if twelve:
            if r.random() < .5:
                return '%03d%09d' % (r.randrange(1000), r.randrange(10 ** 9))
            # looks like a personal ID but is a legacy card number: do not decode
            return '%s%d%02d%06d' % (p.ppp, r.randrange(10), r.randrange(100), r.randrange(10 ** 6))
        pre = CMND_PREFIX.get(p.ppp, '0' + str(r.randint(1, 9)))
        rest = 9 - len(pre)
        return pre + str(self.perm(('cmnd', pre), 10 ** rest)).zfill(rest)

    def u_legacy(self):
        r = self.rng
        p = self.person(age=r.randint(30, 85))
        twelve = r.random() < .12
        cm = self.cmnd_for(p, twelve)
        c = self.wpick(self.car_t)
        if c not in BIG3 and r.random() < .7:
            c = r.choice(BIG3)
        day = self.fix_day(p, self.rand_day(dn(2012, 1, 1), dn(2022, 6, 30)), 16)
        rw = self.hrow(p, c, day, 'elderly' if p.age > 60 else 'main')
        old = list(rw)
        old[3] = ('CMND', cm) + rw[3][2:]
        old[13] = None
        x = r.random()
        if x < .55:
            nd = self.rand_day(C08, min(EXPORT_DAY, C08 + 60))
            ch = 'STORE' if r.random() < .4 else 'EKYC_APP'
            new = self.hrow(p, c, nd, 'main', ch, ms=rw[1], sim=rw[2], fu=rw[12] or None,
                            status='ACTIVE')
            self.emit(c, [old, new], 0, 0, 'reverified_cmnd_2026', 'legacy_cmnd')
        elif x < .8:
            old[11] = 'ONE_WAY_LOCKED'
            self.emit(c, [old], 0, 0, 'legacy_cmnd_locked', 'legacy_cmnd')
        else:
            old[11] = 'ACTIVE'
            self.emit(c, [old], 0, 0, 'legacy_cmnd', 'legacy_cmnd')

    def u_cmnd_collision(self):
        r = self.rng
        num = '27%07d' % r.randint(1450001, 1500000)
        for ppp in ('077', '075'):
            p = self.person(age=r.randint(35, 70), ppp=ppp, res=self.wpick(self.home_t))
            c = self.wpick(self.car_t)
            day = self.fix_day(p, self.rand_day(dn(2012, 1, 1), dn(2022, 6, 30)), 16)
            rw = self.hrow(p, c, day, 'main')
            rw[3] = ('CMND', num) + rw[3][2:]
            self.emit(c, [rw], 0, 0, 'cmnd_collision', 'cmnd_collision')

    def u_standardised(self):
        r = self.rng
        p = self.person(age=r.randint(20, 80))
        c = self.wpick(self.car_t)
        d0 = self.fix_day(p, self.rand_day(dn(2015, 1, 1), dn(2022, 12, 31)))
        d1 = self.rand_day(dn(2023, 2, 15), dn(2023, 6, 30))
        new = self.hrow(p, c, d1, self.personal_profile(p), r.choice(('STORE', 'EKYC_APP', 'AGENT')),
                        status='ACTIVE')
        new[10] = 'MATCH'
        old = list(new)
        old[4] = self.hour_t(d0, 'AGENT')
        old[5] = 'AGENT'
        pos = self.pick_pos(c, 'AGENT')
        old[6] = pos.code
        old[7] = pos.devices[0]
        old[8] = old[9] = None
        old[13] = None
        old[11] = 'ACTIVE'
        idt, idn, name, dobs, g, nat, res = p.idt, p.idn, p.name, p.dobs, p.g, p.nat, p.res
        y = r.random()
        if y < .35:
            idt, idn = 'CMND', self.cmnd_for(p)
        elif y < .6:
            name = strip_dia(name).upper()
            dd = date.fromordinal(p.dob)
            if dd.day <= 12:
                dobs = '%04d-%02d-%02d' % (dd.year, dd.day, dd.month)
        elif y < .8:
            dobs = '%04d-01-01' % date.fromordinal(p.dob).year
        else:
            name = p.name.split()[0] + ' ' + p.name.split()[-1]
        old[3] = (idt, idn, name, dobs, g, nat, res)
        old[10] = 'UNCHECKED' if d0 < POPDB_START else 'MISMATCH'
        self.emit(c, [old, new], 0, 0, 'standardised_2023', 'standardised_2023')

    def u_standardised_junk(self):
        """old pre-activated SIMs (2018-2021) later re-registered by their genuine buyers"""
        r = self.rng
        c = r.choice(BIG3) if r.random() < .8 else self.wpick(self.fcar_t)
        pos = self.corrupt_pos(c, .2)
        n = max(1, min(r.randint(8, 60), self.budget['standardised_junk'] // 2 + 1))
        box = self.new_box(c, n)
        mss = self.msisdn_block(c, n) if r.random() < .6 else [self.msisdn(c) for _ in range(n)]
        d0 = self.rand_day(dn(2018, 1, 1), dn(2021, 12, 31))
        t = self.hour_t(d0, 'NIGHT')
        dev = pos.devices[0]
        for i in range(n):
            t += r.randint(20, 200)
            fake = self.person(age=r.randint(20, 70) + (EXPORT_DAY - d0) // 365, local=0.0)
            old = self.row(c, mss[i], self.take(box), self.doc(fake), t, 'AGENT', pos, dev, None,
                           None, 'UNCHECKED', 'ACTIVE', '', None)
            buyer = self.person()
            d1 = self.fix_day(buyer, self.rand_day(dn(2023, 2, 15), dn(2023, 6, 30)))
            new = self.hrow(buyer, c, d1, self.personal_profile(buyer), r.choice(('STORE', 'EKYC_APP')),
                            ms=mss[i], sim=old[2], status='ACTIVE')
            new[10] = 'MATCH'
            self.emit(c, [old, new], 0, 0, 'standardised_junk', 'standardised_junk')

    def u_recycled(self):
        r = self.rng
        a = self.person()
        c = self.wpick(self.car_t)
        d0 = self.fix_day(a, self.rand_day(dn(2013, 1, 1), dn(2022, 6, 30)))
        old = self.hrow(a, c, d0, 'main', status='TERMINATED')
        old[13] = None
        b = self.person()
        d1 = self.fix_day(b, min(EXPORT_DAY, d0 + r.randint(400, 2500)))
        new = self.hrow(b, c, d1, self.personal_profile(b), ms=old[1])
        self.emit(c, [old, new], 0, 0, 'recycled_number', 'recycled_number')

    def u_transfer(self):
        r = self.rng
        a = self.person(age=r.randint(45, 80))
        c = self.wpick(self.car_t)
        d0 = self.fix_day(a, self.rand_day(dn(2014, 1, 1), dn(2024, 6, 30)))
        old = self.hrow(a, c, d0, 'main')
        old[13] = None
        if r.random() < .6:
            b = self.person(age=r.randint(20, max(21, a.age - 20)), fam=a.fam, ppp=a.ppp, res=a.res)
        else:
            b = self.person()
        d1 = self.fix_day(b, self.rand_day(max(d0 + 30, dn(2023, 1, 1)), EXPORT_DAY))
        new = self.hrow(b, c, d1, self.personal_profile(b), 'STORE', ms=old[1],
                        sim=old[2] if r.random() < .5 else None)
        self.emit(c, [old, new], 0, 0, 'ownership_transfer', 'ownership_transfer')

    def typo_doc(self, p, day):
        """returns (doc, popdb) with an honest clerical error"""
        r = self.rng
        idt, idn, name, dobs, g, nat, res = self.doc(p)
        x = r.random()
        dd = date.fromordinal(p.dob)
        if x < .3:
            w = name.split()
            i = r.randrange(len(w))
            s = w[i]
            if strip_dia(s) != s:
                w[i] = strip_dia(s)
            elif len(s) > 2:
                j = r.randrange(1, len(s) - 1)
                w[i] = s[:j] + s[j + 1] + s[j] + s[j + 2:]
            name = ' '.join(w)
            popdb = 'MATCH' if r.random() < .5 else 'MISMATCH'
        elif x < .5 and dd.day <= 12 and dd.day != dd.month:
            dobs = '%04d-%02d-%02d' % (dd.year, dd.day, dd.month)
            popdb = 'MISMATCH'
        elif x < .65:
            dobs = '%04d-%02d-%02d' % (dd.year + r.choice((-1, 1)), dd.month, min(dd.day, 28))
            popdb = 'MISMATCH'
        elif x < .8:
            g = 'F' if g == 'M' else 'M'
            popdb = 'MATCH'
        else:
            j = r.randrange(6, 12)
            idn = idn[:j] + str((int(idn[j]) + r.randint(1, 9)) % 10) + idn[j + 1:]
            popdb = r.choice(('NOT_FOUND', 'MISMATCH'))
        if day < POPDB_START:
            popdb = 'UNCHECKED'
        return (idt, idn, name, dobs, g, nat, res), popdb

    def u_typo(self):
        r = self.rng
        p = self.person(age=max(19, self.age_sample()))
        c = self.wpick(self.car_t)
        day = self.fix_day(p, self.rand_day(dn(2019, 1, 1), C08 - 1), 16)
        rw = self.hrow(p, c, day, self.personal_profile(p), r.choice(('AGENT', 'AGENT', 'STORE')))
        doc, popdb = self.typo_doc(p, day)
        if r.random() < .4 and day < EXPORT_DAY - 60:
            old = list(rw)
            old[3], old[10], old[13] = doc, popdb, None
            nd = min(EXPORT_DAY, day + r.randint(5, 400))
            new = self.hrow(p, c, nd, self.personal_profile(p), 'STORE', ms=rw[1], sim=rw[2],
                            fu=rw[12] or None, status='ACTIVE')
            new[10] = 'MATCH'
            self.emit(c, [old, new], 0, 0, 'clerical_typo_corrected', 'clerical_typo')
        else:
            rw[3], rw[10] = doc, popdb
            if popdb in ('MISMATCH', 'NOT_FOUND') and r.random() < .35:
                rw[11] = 'ONE_WAY_LOCKED'
            self.emit(c, [rw], 0, 0, 'clerical_typo', 'clerical_typo')

    def u_ported(self):
        r = self.rng
        p = self.person()
        donor = self.wpick(self.car_t)
        rec = self.wpick(self.car_t)
        while rec == donor:
            rec = r.choice(BIG3 + ('VIETNAMOBILE',))
        d0 = self.fix_day(p, self.rand_day(dn(2014, 1, 1), dn(2023, 12, 31)))
        d1 = self.rand_day(max(d0 + 60, dn(2019, 1, 1)), EXPORT_DAY)
        ms = self.msisdn(donor)
        ch = r.choice(('STORE', 'STORE', 'AGENT', 'EKYC_APP' if d1 > dn(2024, 1, 1) else 'STORE'))
        new = self.hrow(p, rec, d1, self.personal_profile(p), ch, ms=ms, status='ACTIVE')
        self.emit(rec, [new], 0, 0, 'ported_in', 'ported')
        if r.random() < .4:
            old = self.hrow(p, donor, d0, 'main', ms=ms, fu=new[12] or None, status='TERMINATED')
            old[13] = None
            self.emit(donor, [old], 0, 0, 'ported_out', 'ported')

    # ================================================================== FRAUD UNITS
    def victim(self, local_p=.3):
        """a real person whose documents leak; local or national"""
        r = self.rng
        if r.random() < local_p:
            return self.person(age=max(18, self.age_sample()) if r.random() < .7 else r.randint(55, 85))
        ppp = self.wpick(self.nat_t)
        res = ppp if r.random() < .7 else self.wpick(self.nat_t)
        return self.person(age=max(18, self.age_sample()) if r.random() < .7 else r.randint(55, 85),
                           ppp=ppp, res=res)

    def companion(self, p, pattern, p_emit):
        """the victim's / renter's own genuine SIM, if they are in this batch's area"""
        r = self.rng
        if r.random() >= p_emit:
            return
        if p.res not in [h for h, _ in self.sc['home']]:
            p.res = self.wpick(self.home_t)
        c = self.wpick(self.car_t)
        day = self.fix_day(p, self.honest_day())
        rw = self.hrow(p, c, day, self.personal_profile(p))
        self.emit(c, [rw], 0, 0, pattern, None)

    def fraud_status(self, day, lock_p):
        r = self.rng
        x = r.random()
        if day < VNEID_LOCK and x < lock_p:
            return 'ONE_WAY_LOCKED'
        if day < EXPORT_DAY - 120 and x < lock_p * 1.35:
            return 'TWO_WAY_LOCKED' if r.random() < .5 else 'TERMINATED'
        return 'ACTIVE'

    def campaign_size(self, kind, lo, hi):
        n = self.rng.randint(lo, hi)
        return max(1, min(n, self.budget[kind]))

    def fabricated_doc(self, day):
        r = self.rng
        g = 'M' if r.random() < .55 else 'F'
        age = r.randint(18, 75) + (EXPORT_DAY - day) // 365
        dob = date.fromordinal(EXPORT_DAY + BASE_ORD - int((age + r.random()) * 365.2425))
        fam, name = self.gen_name(g, None, None, age)
        x = r.random()
        ppp = self.wpick(self.nat_t)
        G = (dob.year // 100 - 19) * 2 + (1 if g == 'F' else 0)
        yy = dob.year % 100
        if x < .12:
            G = G ^ 1                        # gender digit contradicts declared gender
        elif x < .24:
            yy = (yy + r.randint(1, 9)) % 100   # birth year contradicts DOB
        elif x < .32:
            ppp = r.choice(('003', '005', '029', '039', '050', '061', '098', '099', '101', '120'))
        if r.random() < .2:
            idt = 'CMND'
            idn = r.choice(('01', '02', '17', '18', '27', '24', '31', '36')) + '%07d' % r.randrange(10 ** 7)
        else:
            idt = 'CCCD'
            idn = '%s%d%02d%06d' % (ppp, G, yy, r.randrange(10 ** 6))
        res = self.wpick(self.nat_t)
        return (idt, idn, name, dob.isoformat(), g if r.random() < .9 else '', 'VN', res)

    def resale_fu(self, us):
        r = self.rng
        if us[0] == 0:
            return ''
        if us[7] > 8000 and us[1] < 10 and r.random() < .5:
            return self.seq_imeis(self.router_tacs, 1)[0]
        return self.phone_imeis(False)[0]

    def u_preact(self, fabricated):
        r = self.rng
        kind = 'preactivation_fabricated' if fabricated else 'preactivation_leaked'
        carrier = self.wpick(self.fcar_t)
        pos = self.corrupt_pos(carrier)
        n = self.campaign_size(kind, 15, 250)
        hard = r.random() < self.sc['hard']
        day0 = self.fraud_day()
        if fabricated and r.random() < .3:
            day0 = self.rand_day(dn(2020, 1, 1), dn(2023, 6, 1))
        if not hard:
            devs = [pos.devices[0]]
            box = self.new_box(carrier, n)
            mss = self.msisdn_block(carrier, n) if r.random() < .7 else None
            faces = ([self.flower[r.randrange(4)]] if r.random() < .25 else
                     r.sample(self.stock_faces, r.randint(2, 6)))
            t = self.hour_t(day0, 'NIGHT' if r.random() < .7 else 'AGENT')
            selfie_p = .85
        else:
            devs = list(pos.devices) + [self.new_device() for _ in range(r.randint(1, 2))]
            box = pos.box
            mss = None
            faces = None
            selfie_p = .9
            span = r.randint(10, 45)
        docs = []
        i = 0
        while i < n:
            if fabricated:
                doc = self.fabricated_doc(day0)
                vic = None
            else:
                vic = self.victim(.15 if not hard else .6)
                doc = self.doc(vic)
                self.companion(vic, 'victim_own_sim', .15 if not hard else .35)
            k = 1 if r.random() < .7 else r.randint(2, 3)
            for _ in range(k):
                if i >= n:
                    break
                if hard:
                    day = min(EXPORT_DAY - 1, day0 + r.randrange(span))
                    t = self.hour_t(day, 'AGENT')
                else:
                    t += r.randint(20, 150)
                    day = t // 86400
                sim = self.take(box)
                ms = mss[i] if mss else self.msisdn(carrier)
                selfie = fm = None
                if r.random() < selfie_p or day >= C08:
                    if hard:
                        if vic is not None and r.random() < .4:
                            selfie, fm = self.capture_n(vic.face, r.randint(4, 9)), r.uniform(.72, .92)
                        else:
                            selfie, fm = r.getrandbits(64), r.uniform(.45, .82)
                    else:
                        selfie, fm = self.capture(r.choice(faces), 3), r.uniform(.04, .45)
                    if r.random() < .1:
                        fm = None
                if fabricated:
                    if day < POPDB_START:
                        popdb = 'UNCHECKED'
                    else:
                        x = r.random()
                        popdb = 'NOT_FOUND' if x < .45 else 'MISMATCH' if x < .7 else 'UNCHECKED' if x < .95 else 'MATCH'
                    st = self.fraud_status(day, .3 if popdb != 'MATCH' else .15)
                else:
                    popdb = 'MATCH' if (day >= POPDB_START and r.random() < .9) else 'UNCHECKED'
                    st = self.fraud_status(day, .25 if not hard else .12)
                us = self.usage('resale', warm=hard)
                if hard and us[0] == 0 and r.random() < .6:
                    us = self.usage('main')
                rw = self.row(carrier, ms, sim, doc, t, 'AGENT', pos, r.choice(devs), selfie, fm,
                              popdb, st, self.resale_fu(us), us)
                self.emit(carrier, [rw], 1, 0 if fabricated else 1, kind, kind)
                i += 1

    def u_theft_ring(self):
        r = self.rng
        kind = 'identity_theft_ring'
        n = self.campaign_size(kind, 10, 120)
        hard = r.random() < self.sc['hard']
        op = self.person(age=r.randint(20, 40))
        nph = r.randint(1, 2) if not hard else r.randint(3, 6)
        phones = [self.phone_imeis(False)[0] for _ in range(nph)]
        burners = [self.phone_imeis(False)[0] for _ in range(r.randint(2, 8))]
        cars = [self.wpick(self.fcar_t) for _ in range(r.randint(1, 3))]
        day0 = self.fraud_day()
        span = r.randint(1, 10) if not hard else r.randint(30, 150)
        col_pos = self.corrupt_pos(cars[0], .2) if hard and r.random() < .5 else None
        i = 0
        while i < n:
            vic = self.victim(.25)
            self.companion(vic, 'victim_own_sim', .3)
            replay = hard and r.random() < .6
            k = r.choice((1, 1, 2, 2, 3)) if not (not hard and r.random() < .05) else 4
            c = r.choice(cars)
            for _ in range(k):
                if i >= n:
                    break
                day = min(EXPORT_DAY - 1, day0 + r.randrange(span + 1))
                if col_pos is not None and r.random() < .3:
                    ch, pos = 'AGENT', col_pos
                    cc = pos.carrier
                    dev = r.choice(pos.devices)
                    t = self.hour_t(day, 'AGENT')
                    sim = self.take(pos.box)
                else:
                    ch, pos, cc = 'EKYC_APP', None, c
                    dev = r.choice(phones) if hard else phones[0] if r.random() < .8 else phones[-1]
                    t = self.hour_t(day, 'EKYC_APP' if hard else 'NIGHT' if r.random() < .4 else 'EKYC_APP')
                    sim = self.wh_sim(cc)
                if replay:
                    selfie, fm = self.capture_n(vic.face, r.randint(4, 9)), r.uniform(.76, .94)
                else:
                    selfie, fm = self.capture(op.face), r.uniform(.30, .62) if not hard else r.uniform(.5, .72)
                popdb = 'MATCH' if r.random() < .97 else 'MISMATCH'
                prof = r.choice(('scam', 'scam', 'otp', 'main' if hard else 'scam'))
                us = self.usage(prof, warm=hard)
                fu = r.choice(burners) if r.random() < .7 else dev
                st = self.fraud_status(day, .3 if not hard else .15)
                rw = self.row(cc, self.msisdn(cc), sim, self.doc(vic), t, ch, pos, dev, selfie, fm,
                              popdb, st, fu, us)
                self.emit(cc, [rw], 1, 1, kind, kind)
                i += 1

    def u_dealer_extra(self):
        r = self.rng
        kind = 'dealer_extra_sims'
        carrier = self.wpick(self.fcar_t)
        if carrier not in BIG3 and r.random() < .6:
            carrier = r.choice(BIG3)
        pos = self.corrupt_pos(carrier, .1)
        if len(pos.devices) < 2 and r.random() < .5:
            pos.devices.append(self.new_device())
        n = self.campaign_size(kind, 10, 120)
        hard = r.random() < self.sc['hard']
        pex = r.uniform(.3, .6)
        d_lo = self.fraud_day()
        d_hi = min(EXPORT_DAY - 1, d_lo + r.randint(30, 180))
        i = 0
        guard = 0
        while i < n and guard < 10 * n + 50:
            guard += 1
            cust = self.person(local=.9)
            day = self.fix_day(cust, self.rand_day(d_lo, d_hi), 16)
            t = self.hour_t(day, 'AGENT')
            dev = pos.devices[0]
            selfie = self.capture(cust.face) if (day >= EKYC_START and (day >= C08 or r.random() < .8)) else None
            fm = self.honest_fm(cust, day) if selfie is not None else None
            sim = self.take(pos.box)
            own = self.row(carrier, self.msisdn(carrier), sim, self.doc(cust), t, 'AGENT', pos, dev, selfie,
                           fm, self.popdb_honest(day), self.status_honest(day, 'main'),
                           self.phones_of(cust)[0], self.usage(self.personal_profile(cust)))
            self.emit(carrier, [own], 0, 0, 'victim_own_sim', None)
            if r.random() >= pex:
                continue
            for _ in range(r.choice((1, 1, 1, 2, 2, 3))):
                if i >= n:
                    break
                member_hard = hard and r.random() < .7
                if not member_hard:
                    t2 = t + r.randint(60, 1200)
                    dv = dev
                    if selfie is None:
                        sh, f2 = None, None
                    elif r.random() < .8:
                        sh, f2 = selfie, fm
                    else:
                        sh, f2 = self.capture_n(selfie, 1), min(.995, fm + r.uniform(-.01, .01))
                    t = t2
                else:
                    t2 = self.hour_t(min(EXPORT_DAY - 1, day + r.randint(1, 5)), 'AGENT')
                    dv = pos.devices[-1]
                    sh = self.capture_n(cust.face, r.randint(1, 3)) if selfie is not None else None
                    f2 = self.honest_fm(cust, day) if sh is not None else None
                ms = self.msisdn(carrier)
                us = self.usage('resale', warm=member_hard)
                st = self.fraud_status(t2 // 86400, .25)
                rw = self.row(carrier, ms, self.take(pos.box), self.doc(cust), t2, 'AGENT', pos, dv,
                              sh, f2, 'MATCH' if t2 // 86400 >= POPDB_START else 'UNCHECKED', st,
                              self.resale_fu(us), us)
                self.emit(carrier, [rw], 1, 1, kind, kind)
                i += 1

    def u_sim_farm(self, kind='sim_farm'):
        r = self.rng
        otp = kind == 'otp_resale'
        n = self.campaign_size(kind, 20, 300 if not otp else 200)
        hard = r.random() < self.sc['hard']
        main_c = 'VIETTEL' if r.random() < .55 else self.wpick(self.fcar_t)
        cars = [main_c] if not hard else [main_c] + [self.wpick(self.fcar_t) for _ in range(2)]
        agents = [self.corrupt_pos(main_c, .5) for _ in range(r.randint(1, 2))]
        op_phones = [self.phone_imeis(False)[0] for _ in range(r.randint(4, 12))]
        day0 = self.fraud_day()
        span = r.randint(1, 6) if not hard else r.randint(20, 90)
        # first-use devices
        mode = r.random()
        tacs = self.modem_tacs if otp else self.gateway_tacs
        if hard and r.random() < .5:
            fu_mode = 'random'
        elif mode < .45:
            fu_mode = 'ports'
        else:
            fu_mode = 'bank'
        ports = []
        for _ in range(max(1, n // r.choice((16, 32, 64)))):
            ports += self.seq_imeis(tacs, r.choice((8, 16, 32)) if not otp else r.choice((8, 16, 64)))
        bank = ports[:r.randint(1, 4)]
        i = 0
        while i < n:
            if otp and r.random() < .4:
                vic = self.victim(.2)
            else:
                ppp = self.wpick(self.poor_t)
                vic = self.person(age=r.randint(18, 30) if r.random() < .6 else r.randint(55, 78),
                                  ppp=ppp, res=ppp if r.random() < .7 else None)
            self.companion(vic, 'id_seller_own_sim', .3)
            k = r.randint(1, 4) if not hard else r.randint(1, 2)
            for _ in range(k):
                if i >= n:
                    break
                c = r.choice(cars)
                day = min(EXPORT_DAY - 1, day0 + r.randrange(span + 1))
                if hard:
                    if r.random() < .6:
                        ch, pos, dev = 'EKYC_APP', None, r.choice(op_phones)
                        sim = self.wh_sim(c)
                    else:
                        pos = self.pick_pos(c, 'AGENT')
                        ch, dev = 'AGENT', r.choice(pos.devices)
                        sim = self.take(pos.box)
                    t = self.hour_t(day, ch)
                    selfie, fm = self.capture_n(vic.face, r.randint(2, 7)), r.uniform(.74, .94)
                else:
                    pos = r.choice(agents)
                    c = pos.carrier
                    ch, dev = 'AGENT', pos.devices[0]
                    t = self.hour_t(day, 'NIGHT' if r.random() < .5 else 'AGENT')
                    sim = self.take(pos.box)
                    if r.random() < .5:
                        selfie, fm = self.capture(r.choice(self.stock_faces[:8]), 3), r.uniform(.05, .5)
                    elif r.random() < .5:
                        selfie, fm = self.capture(vic.face), r.uniform(.6, .9)
                    else:
                        selfie = fm = None
                    if day >= C08 and selfie is None and r.random() < .5:
                        selfie, fm = self.capture(vic.face), r.uniform(.6, .9)
                if fu_mode == 'random':
                    fu = self.phone_imeis(False)[0]
                elif fu_mode == 'bank':
                    fu = r.choice(bank)
                else:
                    fu = r.choice(ports)
                us = self.usage('otp' if otp else 'simbox', warm=hard)
                st = self.fraud_status(day, .2 if not hard else .06)
                popdb = 'MATCH' if day >= POPDB_START else 'UNCHECKED'
                rw = self.row(c, self.msisdn(c), sim, self.doc(vic), t, ch, pos, dev, selfie, fm,
                              popdb, st, fu, us)
                self.emit(c, [rw], 1, 1, kind, kind)
                i += 1

    def u_rented(self):
        r = self.rng
        kind = 'rented_identity'
        n = self.campaign_size(kind, 8, 80)
        hard = r.random() < self.sc['hard']
        broker = self.person(age=r.randint(22, 45))
        bphone = self.phone_imeis(False)[0]
        ring_phones = [self.phone_imeis(False)[0] for _ in range(r.randint(3, 10))]
        day0 = self.fraud_day()
        i = 0
        while i < n:
            student = r.random() < .6
            ren = self.person(age=r.randint(18, 24) if student else r.randint(55, 75),
                              ppp=self.wpick(self.poor_t) if r.random() < .6 else None)
            self.companion(ren, 'renter_own_sim', .7)
            d = min(EXPORT_DAY - 2, day0 + r.randrange(1 if not hard else 60))
            d = self.fix_day(ren, d, 18)
            nshop = r.randint(2, 5)
            for _ in range(nshop):
                if i >= n:
                    break
                c = self.wpick(self.fcar_t)
                if r.random() < (.35 if not hard else .15):
                    ch, pos, dev = 'EKYC_APP', None, bphone
                    sim = self.wh_sim(c)
                else:
                    ch = 'AGENT' if r.random() < .75 else 'STORE'
                    pos = self.pick_pos(c, ch)
                    c = pos.carrier
                    ch = pos.kind
                    dev = r.choice(pos.devices)
                    sim = self.take(pos.box)
                day = min(EXPORT_DAY - 1, d + (r.randrange(2) if not hard else r.randrange(40)))
                t = self.hour_t(day, ch)
                for _ in range(r.choice((1, 1, 2, 3))):
                    if i >= n:
                        break
                    t += r.randint(60, 600)
                    selfie, fm = self.capture(ren.face), self.honest_fm(ren, day)
                    us = self.usage(r.choice(('scam', 'otp', 'scam')), warm=hard)
                    fu = r.choice(ring_phones) if r.random() < .8 else self.phone_imeis(False)[0]
                    st = self.fraud_status(day, .08)
                    rw = self.row(c, self.msisdn(c), sim, self.doc(ren), t, ch, pos, dev, selfie, fm,
                                  'MATCH', st, fu, us)
                    self.emit(c, [rw], 1, 1, kind, kind)
                    sim = self.take(pos.box) if pos is not None else self.wh_sim(c)
                    i += 1

    def u_agent_own(self):
        r = self.rng
        kind = 'agent_own_id_mass'
        n = self.campaign_size(kind, 30, 400)
        hard = r.random() < self.sc['hard']
        dealer = self.person(age=r.randint(25, 55))
        carrier = self.wpick(self.fcar_t)
        pos = self.corrupt_pos(carrier, .3)
        pos.owner = dealer
        poss = [pos]
        if hard:
            for _ in range(r.randint(1, 3)):
                c2 = self.wpick(self.fcar_t)
                prov = self.wpick(self.nat_t) if r.random() < .5 else None
                p2 = self.make_pos(c2, 'AGENT', prov, weight=r.uniform(.1, 1) if prov is None else .001)
                p2.corrupt = True
                poss.append(p2)
        day0 = self.fraud_day()
        span = r.randint(1, 7) if not hard else r.randint(20, 90)
        fixed = self.capture(dealer.face)
        box = self.new_box(carrier, n) if not hard else None
        t = self.hour_t(day0, 'AGENT')
        for i in range(n):
            p = poss[0] if not hard else r.choice(poss)
            c = p.carrier
            if hard:
                day = min(EXPORT_DAY - 1, day0 + r.randrange(span))
                t = self.hour_t(day, 'AGENT')
                sim = self.take(p.box)
            else:
                t += r.randint(30, 400)
                day = t // 86400
                sim = self.take(box)
            if day < EKYC_START:
                sh = fm = None
            else:
                sh = fixed if (not hard and r.random() < .5) else self.capture(dealer.face)
                fm = self.honest_fm(dealer, day)
            us = self.usage('resale', warm=hard)
            st = self.fraud_status(day, .1)
            rw = self.row(c, self.msisdn(c), sim, self.doc(dealer), t, 'AGENT', p, p.devices[0],
                          sh, fm, 'MATCH' if day >= POPDB_START else 'UNCHECKED', st,
                          self.resale_fu(us), us)
            self.emit(c, [rw], 1, 1, kind, kind)

    def u_stolen(self):
        r = self.rng
        kind = 'stolen_doc_opportunistic'
        vic = self.person(local=.9)
        self.companion(vic, 'victim_own_sim', .5)
        thief = r.getrandbits(64)
        day = self.fix_day(vic, self.fraud_day(), 16)
        for _ in range(1 if r.random() < .6 else 2):
            c = self.wpick(self.fcar_t)
            pos = self.pick_pos(c, 'AGENT')
            c = pos.carrier
            t = self.hour_t(day, 'AGENT')
            if day >= C08 or r.random() < .6:
                sh, fm = self.capture(thief), r.uniform(.18, .55)
            else:
                sh = fm = None
            us = self.usage('scam', warm=r.random() < .5)
            rw = self.row(c, self.msisdn(c), self.take(pos.box), self.doc(vic), t, 'AGENT', pos,
                          r.choice(pos.devices), sh, fm, 'MATCH', self.fraud_status(day, .3),
                          self.phone_imeis(False)[0], us)
            self.emit(c, [rw], 1, 1, kind, kind)
            day = min(EXPORT_DAY - 1, day + r.randint(0, 20))

    def u_foreman(self):
        r = self.rng
        kind = 'foreman_worker_sims'
        fm_p = self.person(age=r.randint(30, 55), g='M' if r.random() < .85 else 'F', local=.4)
        self.companion(fm_p, 'clean', 1.0)
        n = self.campaign_size(kind, 4, 12)
        c = self.wpick(self.car_t)
        ch = 'STORE' if r.random() < .5 else 'AGENT'
        pos = self.pick_pos(c, ch)
        c = pos.carrier
        day = self.fix_day(fm_p, self.rand_day(dn(2022, 1, 1), EXPORT_DAY - 1))
        t = self.hour_t(day, pos.kind)
        dev = r.choice(pos.devices)
        for _ in range(n):
            t += r.randint(60, 300)
            sh, fm = (self.capture(fm_p.face), self.honest_fm(fm_p, day)) if (day >= C08 or r.random() < .8) else (None, None)
            rw = self.row(c, self.msisdn(c), self.take(pos.box), self.doc(fm_p), t, pos.kind, pos, dev,
                          sh, fm, self.popdb_honest(day), self.status_honest(day, 'main'),
                          self.phone_imeis(False)[0], self.usage('worker'))
            self.emit(c, [rw], 0, 1, kind, kind)

    def u_borrowed(self):
        r = self.rng
        kind = 'borrowed_id_genuine_user'
        lender = self.person(age=r.randint(25, 70))
        user_face = r.getrandbits(64)
        self.companion(lender, 'id_lender_own_sim', .4)
        c = self.wpick(self.car_t)
        pos = self.pick_pos(c, 'AGENT')
        c = pos.carrier
        day = self.fix_day(lender, self.rand_day(dn(2021, 1, 1), EXPORT_DAY - 1))
        t = self.hour_t(day, 'AGENT')
        if r.random() < .6:
            sh, fm = self.capture(user_face), r.uniform(.15, .5)
        else:
            sh, fm = self.capture(lender.face), self.honest_fm(lender, day)
        if day < C08 and r.random() < .3:
            sh = fm = None
        rw = self.row(c, self.msisdn(c), self.take(pos.box), self.doc(lender), t, 'AGENT', pos,
                      r.choice(pos.devices), sh, fm, self.popdb_honest(day), self.status_honest(day, 'main'),
                      self.phone_imeis()[0], self.usage(r.choice(('main', 'worker'))))
        self.emit(c, [rw], 0, 1, kind, kind)

    # ================================================================== driver
    def run(self, outdir):
        self.open_out(outdir)
        shares = self.sc['shares']
        for k in FRAUD_KINDS + LEGIT_KINDS:
            self.budget[k] = int(round(shares.get(k, 0) * self.N))
        units = {
            'preactivation_leaked': lambda: self.u_preact(False),
            'preactivation_fabricated': lambda: self.u_preact(True),
            'identity_theft_ring': self.u_theft_ring,
            'dealer_extra_sims': self.u_dealer_extra,
            'sim_farm': lambda: self.u_sim_farm('sim_farm'),
            'otp_resale': lambda: self.u_sim_farm('otp_resale'),
            'rented_identity': self.u_rented,
            'agent_own_id_mass': self.u_agent_own,
            'stolen_doc_opportunistic': self.u_stolen,
            'foreman_worker_sims': self.u_foreman,
            'borrowed_id_genuine_user': self.u_borrowed,
            'sales_event': lambda: self.u_event('sales_event'),
            'factory_sales_event': lambda: self.u_event('factory_sales_event'),
            'campus_event': lambda: self.u_event('campus_event'),
            'family_one_phone': self.u_family,
            'guardian_child_sim': self.u_guardian,
            'number_collector': self.u_collector,
            'multi_sim_legal': self.u_multi_sim,
            'telesales_heavy_caller': self.u_telesales,
            'org_iot': lambda: self.u_org('org_iot'),
            'org_fleet': lambda: self.u_org('org_fleet'),
            'org_call_centre': lambda: self.u_org('org_call_centre'),
            'org_office': lambda: self.u_org('org_office'),
            'foreigner_passport': self.u_foreigner,
            'vn_passport': self.u_vn_passport,
            'legacy_cmnd': self.u_legacy,
            'cmnd_collision': self.u_cmnd_collision,
            'standardised_2023': self.u_standardised,
            'standardised_junk': self.u_standardised_junk,
            'recycled_number': self.u_recycled,
            'ownership_transfer': self.u_transfer,
            'clerical_typo': self.u_typo,
            'ported': self.u_ported,
        }
        for k in FRAUD_KINDS + LEGIT_KINDS:
            guard = 0
            while self.budget[k] > 0 and self.rows_total < self.N and guard < 10 ** 7:
                units[k]()
                guard += 1
        while self.rows_total < self.N:
            self.u_clean()
        self.finish(outdir)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--scenario', required=True, choices=sorted(SCENARIOS))
    ap.add_argument('--out', required=True)
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args(argv)
    if a.rows < 1:
        ap.error('--rows must be positive')
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.rows, a.seed, a.scenario)
    g.run(a.out)
    if not a.quiet:
        sys.stderr.write('indep4_gen: %d rows, %d subscriptions -> %s\n'
                         % (g.rows_total, g.subs_total, a.out))
        for k in sorted(g.counts):
            sys.stderr.write('  %-28s %8d  %6.2f%%\n' % (k, g.counts[k], 100.0 * g.counts[k] / g.subs_total))
    return 0


if __name__ == '__main__':
    sys.exit(main())
