#!/usr/bin/env python3
"""indep6_gen.py - independent, blind test-data generator for the Vietnam
SIM-registration anomaly auditor.

Built only from the batch interface contract (shared/spec/batch-format.md) and
the domain fact sheet (shared/spec/domain-vietnam.md), with its own population
model. Standard library only.

USAGE
    python3 tools/indep6_gen.py --rows N --seed S --scenario NAME --out DIR

    Writes DIR/batch.csv  : the contract's batch columns, in contract order, UTF-8.
           DIR/labels.csv : carrier,msisdn,junk,non_owner,pattern
                            (one row per subscription; carrier and msisdn are
                            spelt exactly as in the batch row).
    Output is deterministic for (rows, seed, scenario): one random.Random seeded
    with "indep6|N|S|scenario". Exactly N batch rows are written.

LABEL SEMANTICS
    junk=1      the registration does not stand for a genuine end user at
                activation (pre-activated / mass-registered for resale, fabricated,
                borrowed, bought, rented or leaked identities, SIM farms, OTP
                resale, scam lines).
    non_owner=1 registered in the name of a REAL person who is not the one
                holding / using it (stolen or leaked documents, dealer extra SIMs
                on a walk-in's documents, sold or rented identities, the agent's
                own ID used for SIMs sold to others). Fabricated identities and
                organisations are never non_owner.
    Legitimate rows: junk=0, non_owner=0.
    History: a subscription may appear twice (recycled number: the old, terminated
    registration and the current one, same carrier and same msisdn spelling). The
    label describes the subscription's current state (latest registered_at), so
    labels.csv has one row fewer per recycled pair.

PATTERNS  (junk, non_owner)
  Legitimate base population
    legit_store_walkin            (0,0) walk-in at a carrier store
    legit_busy_store_walkin       (0,0) walk-in at a flagship store: thousands on
                                        one main tablet, sequential SIM stock
    legit_agent_walkin            (0,0) walk-in at an authorised dealer
    legit_ekyc_self               (0,0) self-service in the carrier app, own phone
    legit_online_delivery         (0,0) web order, verified by a courier handheld
    legit_spare_never_used        (0,0) genuine buyer who never used the SIM
  Legitimate confounders
    legit_multi_sim               (0,0) 2-4 SIMs within the law: several carriers,
                                        dual-SIM phone (IMEI2), data-only, backup
    legit_family_one_phone        (0,0) relatives registered in the app on one
                                        family member's phone, own faces
    legit_family_shop_visit       (0,0) a family registering together at a shop
    legit_org_iot                 (0,0) organisation: smart meters / IoT modules
    legit_org_fleet               (0,0) organisation: GPS trackers, drivers
    legit_org_callcentre          (0,0) organisation: outbound call centre
    legit_org_staff               (0,0) organisation: staff phones
    legit_name_variant            (0,0) same person, name written with / without
                                        diacritics, upper case, old tone placement
    legit_clerical_typo           (0,0) genuine holder, DOB / ID / name typo ->
                                        popdb MISMATCH / NOT_FOUND, maybe locked
    legit_elderly_assisted        (0,0) elderly person helped by a relative (on the
                                        relative's phone or at a shop), old ID photo
    legit_promo_day               (0,0) shop promotion day: hundreds in one day
    legit_factory_onboarding      (0,0) carrier mobile team at a factory gate:
                                        hundreds of migrant workers in 1-3 days
    legit_university_enrolment    (0,0) campus booth in enrolment season
    legit_border_trader           (0,0) foreign traders on passports at a border
                                        dealer, repeat visits, several carriers
    legit_tourist_sim             (0,0) tourists at airport kiosks (24 h), passports
    legit_campaign_locked         (0,0) genuine old subscriber locked by a
                                        standardisation / confirmation campaign
    legit_recycled_number         (0,0) number revoked and reissued to a new genuine
                                        customer (history row + current row)
    legit_ported_in               (0,0) number ported in (MNP): prefix of another
                                        carrier
    legit_walkin_doc_abused       (0,0) the genuine SIM of a walk-in whose documents
                                        the dealer then abused (see dealer_extra_sims)
    legit_tourist_doc_abused      (0,0) the genuine SIM of a tourist whose passport
                                        the kiosk later reused
  Fraud (each also with a "_stealth" variant, same labels)
    preact_leaked_docs            (1,1) dealer pre-activation batch on leaked real
                                        documents (burst, sequential stock, no /
                                        stock / ID-card-photo selfies)
    preact_fabricated_docs        (1,0) pre-activation on fabricated documents
                                        (template names, CCCD digits inconsistent
                                        with DOB, reused stock photos, NOT_FOUND)
    id_theft_ring                 (1,1) one operator's phone(s) and face behind many
                                        victims' documents in the app
    dealer_extra_sims             (1,1) dealer adds extra SIMs to a walk-in's
                                        documents, reusing the captured selfie
    sim_farm_bought_ids           (1,1) SIM farm on bought identities, first used
                                        in SIM-box / gateway ports
    otp_rental_ids                (1,1) identities rented out: each renter's face live
                                        on the operator's phone, SIMs in modem pools
    agent_own_id_mass             (1,1) dealer activates hundreds of SIMs on his own
                                        (and family's / staff's) ID for resale
    doc_reuse_cross_province      (1,1) a leaked document circulated among dealers
                                        and used in several provinces within hours
    deceased_elderly_docs         (1,1) very old / deceased people's documents
                                        (old CMNDs, NOT_FOUND) at rural dealers
    tourist_passport_resold       (1,1) kiosk reuses departed tourists' passport scans
    deepfake_ekyc_fabricated      (1,0) synthetic identities passed through the app
                                        from emulators (virtual camera faces)
    org_shell_bulk                (1,0) shell company bulk SIMs used for spam / SIM box

SCENARIOS
    metro          HCMC / Hanoi. Busy flagship stores, many app and online
                   registrations, expats and tourists; ~9 % fraud, dominated by
                   theft rings, deepfake eKYC, dealer extras, leaked pre-activation;
                   40 % of fraud groups stealthy. Export 2026-06-25.
    rural          Mekong delta, north mountains, north-central. Dealers dominate,
                   older people, CMNDs, assisted registrations; ~11 % fraud:
                   fabricated / leaked pre-activation, agents' own IDs, deceased
                   people's documents, dealer extras; 25 % stealthy.
    crackdown      national mix, registrations 2019-06..2023-08, export
                   2023-09-15 right after the 2023 standardisation campaign: many
                   locked genuine subscribers, ~6 % fraud, 75 % stealthy.
    farm_belt      Bắc Ninh, Bắc Giang, Bình Dương, Đồng Nai ... factory onboarding
                   days, SIM farms and OTP rental heavy; ~16 % fraud, 35 % stealthy.
    border_tourism Quảng Ninh, Lạng Sơn, Lào Cai, Khánh Hòa, Đà Nẵng, Kiên Giang,
                   An Giang: border traders, tourists, resold passports,
                   documents reused across provinces; ~9 % fraud, 45 % stealthy.
"""

import argparse
import math
import os
import random
import sys
import time
import unicodedata
from datetime import date, datetime, timedelta, timezone

# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------

# code: (name, population in millions ~2019, region)
PROVINCES = {
    '001': ('Hà Nội', 8.05, 'RRD'), '002': ('Hà Giang', 0.85, 'NM'),
    '004': ('Cao Bằng', 0.53, 'NM'), '006': ('Bắc Kạn', 0.31, 'NM'),
    '008': ('Tuyên Quang', 0.78, 'NM'), '010': ('Lào Cai', 0.73, 'NM'),
    '011': ('Điện Biên', 0.60, 'NM'), '012': ('Lai Châu', 0.46, 'NM'),
    '014': ('Sơn La', 1.25, 'NM'), '015': ('Yên Bái', 0.82, 'NM'),
    '017': ('Hòa Bình', 0.85, 'NM'), '019': ('Thái Nguyên', 1.29, 'NM'),
    '020': ('Lạng Sơn', 0.78, 'NM'), '022': ('Quảng Ninh', 1.32, 'RRD'),
    '024': ('Bắc Giang', 1.80, 'NM'), '025': ('Phú Thọ', 1.46, 'NM'),
    '026': ('Vĩnh Phúc', 1.15, 'RRD'), '027': ('Bắc Ninh', 1.37, 'RRD'),
    '030': ('Hải Dương', 1.89, 'RRD'), '031': ('Hải Phòng', 2.03, 'RRD'),
    '033': ('Hưng Yên', 1.25, 'RRD'), '034': ('Thái Bình', 1.86, 'RRD'),
    '035': ('Hà Nam', 0.85, 'RRD'), '036': ('Nam Định', 1.78, 'RRD'),
    '037': ('Ninh Bình', 0.98, 'RRD'), '038': ('Thanh Hóa', 3.64, 'NC'),
    '040': ('Nghệ An', 3.33, 'NC'), '042': ('Hà Tĩnh', 1.29, 'NC'),
    '044': ('Quảng Bình', 0.90, 'NC'), '045': ('Quảng Trị', 0.63, 'NC'),
    '046': ('Thừa Thiên Huế', 1.13, 'NC'), '048': ('Đà Nẵng', 1.13, 'SCC'),
    '049': ('Quảng Nam', 1.50, 'SCC'), '051': ('Quảng Ngãi', 1.23, 'SCC'),
    '052': ('Bình Định', 1.49, 'SCC'), '054': ('Phú Yên', 0.87, 'SCC'),
    '056': ('Khánh Hòa', 1.23, 'SCC'), '058': ('Ninh Thuận', 0.59, 'SCC'),
    '060': ('Bình Thuận', 1.23, 'SCC'), '062': ('Kon Tum', 0.54, 'CH'),
    '064': ('Gia Lai', 1.51, 'CH'), '066': ('Đắk Lắk', 1.87, 'CH'),
    '067': ('Đắk Nông', 0.62, 'CH'), '068': ('Lâm Đồng', 1.30, 'CH'),
    '070': ('Bình Phước', 0.99, 'SE'), '072': ('Tây Ninh', 1.17, 'SE'),
    '074': ('Bình Dương', 2.43, 'SE'), '075': ('Đồng Nai', 3.10, 'SE'),
    '077': ('Bà Rịa–Vũng Tàu', 1.15, 'SE'), '079': ('TP Hồ Chí Minh', 8.99, 'SE'),
    '080': ('Long An', 1.69, 'MD'), '082': ('Tiền Giang', 1.76, 'MD'),
    '083': ('Bến Tre', 1.29, 'MD'), '084': ('Trà Vinh', 1.01, 'MD'),
    '086': ('Vĩnh Long', 1.02, 'MD'), '087': ('Đồng Tháp', 1.60, 'MD'),
    '089': ('An Giang', 1.91, 'MD'), '091': ('Kiên Giang', 1.72, 'MD'),
    '092': ('Cần Thơ', 1.24, 'MD'), '093': ('Hậu Giang', 0.73, 'MD'),
    '094': ('Sóc Trăng', 1.20, 'MD'), '095': ('Bạc Liêu', 0.91, 'MD'),
    '096': ('Cà Mau', 1.19, 'MD'),
}
PCODES = list(PROVINCES)
SOUTH = {'SCC', 'CH', 'SE', 'MD'}
KHMER_PROV = {'084', '094', '091', '089', '095', '093'}
# where migrant workers and students come from
MIGRANT_ORIGIN = {'038': 10, '040': 9, '042': 4, '036': 4, '034': 4, '037': 2, '024': 3,
                  '014': 3, '015': 2, '025': 2, '044': 2, '045': 1, '046': 1, '051': 2,
                  '052': 2, '049': 2, '064': 2, '066': 2, '089': 4, '087': 3, '094': 3,
                  '096': 3, '091': 3, '083': 3, '084': 2, '095': 2, '093': 2, '082': 2}

# legacy 9-digit CMND issuing prefixes (approximate, by province of issue)
CMND_PFX = {
    '001': '01', '079': '02', '031': '03', '011': '04', '012': '04', '014': '05',
    '010': '06', '015': '06', '002': '07', '008': '07', '020': '08', '004': '08',
    '019': '09', '006': '09', '022': '10', '024': '12', '027': '12', '025': '13',
    '026': '13', '030': '14', '033': '14', '034': '15', '035': '16', '036': '16',
    '037': '16', '038': '17', '040': '18', '042': '18', '044': '19', '045': '19',
    '046': '19', '017': '11', '048': '20', '049': '20', '051': '21', '052': '21',
    '054': '22', '056': '22', '062': '23', '064': '23', '066': '24', '067': '24',
    '068': '25', '058': '26', '060': '26', '075': '27', '077': '27', '074': '280',
    '070': '285', '072': '29', '080': '30', '082': '31', '083': '32', '084': '33',
    '086': '33', '087': '34', '089': '35', '092': '36', '093': '36', '094': '36',
    '091': '37', '095': '38', '096': '38',
}

# carrier profiles ----------------------------------------------------------
# share: market share of new registrations; fshare: share among fraud SIMs
# mnc: IMSI MNC ('' = not exported); iin: ICCID issuer digits after 8984
# fmt: msisdn spelling weights; tz: export offset hours; usage: exported usage
CARRIERS = {
    'VIETTEL':      dict(out='VIETTEL', share=52.0, fshare=38, mnc='04', iin='04', ilen=20,
                         pfx=['086', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039'],
                         fmt=(('0', 80), ('84', 15), ('+84', 5)), tz=7, usage='all', blank=False),
    'VINAPHONE':    dict(out='VINAPHONE', share=22.0, fshare=17, mnc='02', iin='02', ilen=19,
                         pfx=['088', '091', '094', '083', '084', '085', '081', '082'],
                         fmt=(('84', 90), ('0', 10)), tz=7, usage='all', blank=False),
    'MOBIFONE':     dict(out='MOBIFONE', share=20.0, fshare=16, mnc='01', iin='01', ilen=20,
                         pfx=['089', '090', '093', '070', '079', '077', '076', '078'],
                         fmt=(('+84', 70), ('0', 30)), tz=0, usage='all_from_2021', blank=False),
    'VIETNAMOBILE': dict(out='Vietnamobile', share=2.6, fshare=10, mnc='05', iin='05', ilen=19,
                         pfx=['092', '056', '058', '052'],
                         fmt=(('0', 100),), tz=7, usage='partial', blank=False),
    'GMOBILE':      dict(out='GMOBILE', share=0.6, fshare=3, mnc='07', iin='07', ilen=19,
                         pfx=['0993', '0994', '0995', '0996', '0997', '059'],
                         fmt=(('84', 100),), tz=7, usage='none', blank=True),
    'ITEL':         dict(out='ITEL', share=1.2, fshare=7, mnc='08', iin='08', ilen=19,
                         pfx=['087'], fmt=(('0', 50), ('+84', 50)), tz=7, usage='all', blank=False),
    'REDDI':        dict(out='REDDI', share=0.25, fshare=2, mnc='09', iin='09', ilen=19,
                         pfx=['055'], fmt=(('0', 100),), tz=7, usage='none', blank=True),
    'WINTEL':       dict(out='WINTEL', share=0.45, fshare=3, mnc='09', iin='09', ilen=20,
                         pfx=['055'], fmt=(('+84', 100),), tz=7, usage='none', blank=False),
    'ASIM':         dict(out='ASIM', share=0.35, fshare=2, mnc='', iin='10', ilen=19,
                         pfx=['089', '090'], fmt=(('0', 100),), tz=7, usage='none', blank=True),
    'DIGILIFE':     dict(out='DIGILIFE', share=0.15, fshare=1, mnc='', iin='11', ilen=19,
                         pfx=['081', '082'], fmt=(('84', 100),), tz=7, usage='none', blank=False),
    'LOCAL':        dict(out='Local', share=0.4, fshare=1, mnc='', iin='12', ilen=19,
                         pfx=['087', '081'], fmt=(('0', 100),), tz=7, usage='none', blank=True),
}
CARRIER_ORDER = list(CARRIERS)
BIG3 = ['VIETTEL', 'VINAPHONE', 'MOBIFONE']
AG_PFX = {'VIETTEL': 'VTT', 'VINAPHONE': 'VNP', 'MOBIFONE': 'MBF', 'VIETNAMOBILE': 'VNM',
          'GMOBILE': 'GTL', 'ITEL': 'ITL', 'REDDI': 'RDD', 'WINTEL': 'WTL', 'ASIM': 'ASM',
          'DIGILIFE': 'DGL', 'LOCAL': 'LCL'}
TZS = {7: timezone(timedelta(hours=7)), 0: timezone.utc}

HEADER = ['carrier', 'msisdn', 'imsi', 'iccid', 'subscriber_type', 'id_type', 'id_number',
          'full_name', 'date_of_birth', 'gender', 'nationality', 'province', 'registered_at',
          'channel', 'agent_id', 'device_imei', 'selfie_hash', 'face_match', 'popdb_check',
          'status', 'first_use_imei', 'active_days_30d', 'out_calls_30d', 'in_calls_30d',
          'out_sms_30d', 'in_sms_30d', 'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']

# names -------------------------------------------------------------------
SURN_N = [('Nguyễn', 31), ('Trần', 11), ('Lê', 9), ('Phạm', 7), ('Hoàng', 5), ('Phan', 3.5),
          ('Vũ', 4.5), ('Đặng', 2.2), ('Bùi', 2.4), ('Đỗ', 2), ('Hồ', 1), ('Ngô', 1.6),
          ('Dương', 1.2), ('Lý', .4), ('Đinh', 1.1), ('Trương', .5), ('Lương', .6), ('Đào', .8),
          ('Mai', .5), ('Hà', .9), ('Cao', .5), ('Tạ', .4), ('Chu', .3), ('Kiều', .2),
          ('Lưu', .3), ('Nông', .3), ('Triệu', .3), ('Khúc', .05), ('Mạc', .1), ('Tô', .3),
          ('Quách', .1), ('Lại', .2), ('Thân', .1), ('Doãn', .1), ('Phùng', .4), ('Trịnh', .5),
          ('Nghiêm', .1), ('Vương', .15)]
SURN_S = [('Nguyễn', 33), ('Trần', 11), ('Lê', 9.5), ('Phạm', 6), ('Huỳnh', 4.5), ('Phan', 4.5),
          ('Võ', 4.5), ('Đặng', 1.6), ('Bùi', 1.2), ('Đỗ', 1.2), ('Hồ', 2), ('Ngô', 1.2),
          ('Dương', 1), ('Lý', .7), ('Đinh', .6), ('Trương', 1.2), ('Lâm', .8), ('Mai', .6),
          ('Đào', .4), ('Châu', .5), ('Thái', .4), ('Tăng', .3), ('La', .3), ('Tô', .4),
          ('Lưu', .4), ('Cao', .5), ('Quách', .2), ('Hà', .3), ('Từ', .1), ('Trịnh', .3)]
MIDDLE_M_OLD = [('Văn', 60), ('Đức', 6), ('Hữu', 5), ('Đình', 5), ('Công', 4), ('Quang', 4),
                ('Minh', 4), ('Xuân', 3), ('Ngọc', 3), ('Thanh', 3), ('Mạnh', 2), ('Trọng', 2)]
MIDDLE_M_NEW = [('Văn', 22), ('Minh', 12), ('Đức', 8), ('Quốc', 7), ('Gia', 5), ('Hoàng', 5),
                ('Tuấn', 4), ('Thành', 4), ('Nhật', 4), ('Bảo', 4), ('Đăng', 3), ('Duy', 4),
                ('Trung', 3), ('Hữu', 3), ('Anh', 3), ('Hoàng Minh', 1), ('Minh Đức', 1),
                ('Gia Bảo', 1)]
MIDDLE_F_OLD = [('Thị', 75), ('Ngọc', 6), ('Thu', 5), ('Kim', 4), ('Thanh', 4), ('Hồng', 3),
                ('Bích', 2), ('Minh', 1)]
MIDDLE_F_NEW = [('Thị', 28), ('Ngọc', 9), ('Thu', 6), ('Thùy', 6), ('Bảo', 5), ('Khánh', 5),
                ('Minh', 5), ('Phương', 4), ('Quỳnh', 3), ('Hải', 3), ('Mai', 3), ('Diệu', 2),
                ('Gia', 3), ('Hoài', 2), ('Thị Thu', 2), ('Ngọc Bảo', 1), ('Thị Mỹ', 2)]
GIVEN_M = ['An', 'Anh', 'Bảo', 'Bình', 'Cường', 'Chiến', 'Công', 'Dũng', 'Duy', 'Dương', 'Đạt',
           'Đức', 'Giang', 'Hải', 'Hiếu', 'Hiệp', 'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Hưng', 'Khang',
           'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Lợi', 'Luân', 'Mạnh', 'Minh', 'Nam',
           'Nghĩa', 'Nhân', 'Phát', 'Phong', 'Phúc', 'Quân', 'Quang', 'Quý', 'Sơn', 'Tài', 'Tâm',
           'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trí', 'Trung', 'Tú', 'Tuấn', 'Tùng', 'Việt',
           'Vinh', 'Vũ', 'Thông', 'Tiến', 'Hậu', 'Khải', 'Lực', 'Tín', 'Định', 'Thuận', 'Thủy',
           'Hướng', 'Hiển', 'Kiệt', 'Nguyên', 'Phước', 'Thiện', 'Vĩnh', 'Đông', 'Trường']
GIVEN_F = ['An', 'Anh', 'Ánh', 'Bích', 'Châu', 'Chi', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà',
           'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh',
           'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhi', 'Nhung', 'Oanh', 'Phương',
           'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thơ', 'Thu', 'Thủy', 'Trang', 'Trâm', 'Trinh',
           'Tuyết', 'Uyên', 'Vân', 'Vy', 'Xuân', 'Yến', 'Nhàn', 'Lệ', 'Thúy', 'Hường', 'Sương',
           'Hòa', 'Diễm', 'Tiên', 'Khuê', 'Hân', 'Ngà', 'Thoa']
GIVEN_OLD_M = ['Tư', 'Ba', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Hai', 'Thước', 'Khoái', 'Tỵ', 'Sửu', 'Mão']
GIVEN_OLD_F = ['Lựu', 'Nở', 'Mến', 'Tươi', 'Gái', 'Hợi', 'Tý', 'Bưởi', 'Cúc', 'Đào', 'Huệ', 'Sen']
MIN_SURN = ['Lò', 'Lường', 'Vàng', 'Giàng', 'Sùng', 'Thào', 'Lầu', 'Mùa', 'Hờ', 'Cầm', 'Quàng',
            'Sầm', 'Ma', 'Nông', 'Hoàng', 'Lục', 'Bế', 'Hứa', 'Lý', 'Tòng']
MIN_MID_M = ['A', 'Văn', 'Seo', 'Văn', 'A']
MIN_MID_F = ['Thị', 'Mí', 'Thị']
MIN_GIV_M = ['Sử', 'Páo', 'Chứ', 'Dình', 'Lử', 'Tủa', 'Phừ', 'Chá', 'Hảng', 'Pó', 'Vàng', 'Sình', 'Dế']
MIN_GIV_F = ['Mỷ', 'Dợ', 'Sua', 'Xua', 'Chừ', 'Pàng', 'Mái', 'Xí', 'Dua', 'Lan', 'Nhung', 'Dung']
KH_SURN = ['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm', 'Châu', 'Lý', 'Trần']
KH_GIV_M = ['Sa Rết', 'Sóc', 'Chanh', 'Phol', 'Ri', 'Thươl', 'Sa Ray', 'Sà Vân', 'Đa Ra']
KH_GIV_F = ['Thị Sa Rươne', 'Thị Sóc Khia', 'Thị Mỹ', 'Thị Đa Ri', 'Thị Sà Phon', 'Thị Ken']
OLD_TONE = {'òa': 'oà', 'óa': 'oá', 'ỏa': 'oả', 'õa': 'oã', 'ọa': 'oạ', 'òe': 'oè', 'óe': 'oé',
            'ùy': 'uỳ', 'úy': 'uý', 'ủy': 'uỷ', 'ũy': 'uỹ', 'ụy': 'uỵ'}
FAB_NAMES = ['Nguyễn Văn An', 'Trần Thị Lan', 'Lê Văn Hùng', 'Nguyễn Thị Hoa', 'Phạm Văn Nam',
             'Nguyễn Văn Minh', 'Trần Văn Tuấn', 'Lê Thị Mai', 'Hoàng Văn Long', 'Nguyễn Thị Hương',
             'Vũ Văn Hải', 'Đỗ Thị Thu', 'Bùi Văn Dũng', 'Nguyễn Văn Hòa', 'Phạm Thị Hằng']

FOREIGN = {  # nationality: (weight tourist, weight border, surnames, given names, passport format)
    'KR': (30, 0, ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM'],
           ['MIN JUN', 'SEO YEON', 'JI HOON', 'HYUN WOO', 'JI WOO', 'SU BIN', 'DO YUN', 'YE JIN', 'SUNG HO'], 'KR'),
    'CN': (22, 70, ['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU', 'NONG', 'LU'],
           ['WEI', 'FANG', 'NA', 'XIUYING', 'JUN', 'LEI', 'YANG', 'JING', 'MIN', 'QIANG', 'LINA', 'HAO', 'YAN'], 'CN'),
    'US': (7, 0, ['SMITH', 'JOHNSON', 'BROWN', 'WILLIAMS', 'MILLER', 'DAVIS', 'NGUYEN', 'TRAN'],
           ['JAMES', 'OLIVIA', 'MICHAEL', 'EMMA', 'DAVID', 'SOPHIA', 'DANIEL', 'KEVIN'], 'US'),
    'JP': (6, 0, ['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO'],
           ['HARUTO', 'YUI', 'SOTA', 'AOI', 'REN', 'HINA', 'KENJI', 'YUKI'], 'JP'),
    'TW': (6, 5, ['CHEN', 'LIN', 'HUANG', 'CHANG', 'LEE', 'WANG', 'WU', 'LIU'],
           ['CHIA HAO', 'YU TING', 'CHIH WEI', 'HSIN YI', 'CHUN HUNG', 'PEI SHAN'], 'TW'),
    'AU': (4, 0, ['SMITH', 'JONES', 'WILLIAMS', 'BROWN', 'WILSON', 'TAYLOR'],
           ['JACK', 'CHLOE', 'LIAM', 'MIA', 'NOAH', 'ISLA'], 'AU'),
    'GB': (3, 0, ['SMITH', 'JONES', 'TAYLOR', 'EVANS', 'WALKER', 'WRIGHT'],
           ['OLIVER', 'AMELIA', 'HARRY', 'EMILY', 'GEORGE', 'ISABELLA'], 'GB'),
    'FR': (3, 0, ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'PETIT'],
           ['LUCAS', 'CHLOE', 'HUGO', 'LEA', 'LOUIS', 'MANON'], 'FR'),
    'DE': (2, 0, ['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER'],
           ['LUKAS', 'ANNA', 'FELIX', 'LENA', 'JONAS'], 'DE'),
    'RU': (4, 0, ['IVANOV', 'SMIRNOV', 'KUZNETSOVA', 'POPOVA', 'PETROV', 'SOKOLOVA'],
           ['ALEXEI', 'OLGA', 'DMITRY', 'ELENA', 'SERGEI', 'ANNA'], 'RU'),
    'TH': (3, 0, ['SAETANG', 'WONGSAWAT', 'CHAIYAPORN', 'SRISUK'],
           ['SOMCHAI', 'SUDARAT', 'KITTI', 'PIMCHANOK'], 'TH'),
    'KH': (1, 25, ['SOK', 'CHAN', 'KIM', 'HENG', 'LIM', 'NGETH'],
           ['DARA', 'SOPHEAP', 'VANNA', 'SREYNEANG', 'BOPHA', 'RITHY'], 'KH'),
    'LA': (1, 15, ['PHOMMA', 'SOUVANNA', 'KEOLA', 'VONGSA', 'SIHARATH'],
           ['KHAMPHOU', 'NOY', 'SOMSACK', 'VIENGKHAM', 'BOUNMY'], 'LA'),
    'IN': (2, 0, ['SHARMA', 'PATEL', 'SINGH', 'KUMAR', 'GUPTA'],
           ['RAHUL', 'PRIYA', 'AMIT', 'ANANYA', 'VIKRAM'], 'IN'),
    'SG': (2, 0, ['TAN', 'LIM', 'LEE', 'NG', 'ONG'], ['WEI MING', 'HUI LING', 'JUN JIE', 'XIN YI'], 'SG'),
    'MY': (2, 0, ['TAN', 'WONG', 'ABDULLAH', 'RAHMAN'], ['AHMAD', 'SITI', 'MEI LING', 'HAFIZ'], 'MY'),
    'PH': (1, 0, ['SANTOS', 'REYES', 'CRUZ', 'BAUTISTA'], ['MARIA', 'JOSE', 'ANGEL', 'MARK'], 'PH'),
}

ORG_BRANDS = ['Minh Phát', 'Sao Việt', 'Hoàng Long', 'An Khang', 'Thành Công', 'Phương Nam',
              'Đại Dương', 'Tân Cảng', 'Bắc Hà', 'Kim Ngân', 'Trường Thịnh', 'Việt Á', 'Hưng Thịnh',
              'Nam Việt', 'Toàn Cầu', 'Sông Hồng', 'Mê Kông', 'Ánh Dương', 'Thiên Phúc', 'Hải Âu']
ORG_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'CÔNG TY CỔ PHẦN', 'Tập đoàn']
ORG_BIZ = {'iot': ['Giải pháp IoT', 'Công nghệ Đo lường', 'Nước sạch', 'Năng lượng', 'Điện tử Thông minh'],
           'fleet': ['Vận tải', 'Taxi', 'Logistics', 'Giao hàng Nhanh', 'Xe khách'],
           'callcentre': ['Chăm sóc Khách hàng', 'Tư vấn Tài chính', 'Dịch vụ Viễn thông', 'Bảo hiểm'],
           'staff': ['Xây dựng', 'Thương mại Dịch vụ', 'Dược phẩm', 'Điện tử', 'May mặc', 'Thực phẩm'],
           'shell': ['Thương mại Dịch vụ', 'Giải pháp Số', 'Truyền thông', 'Công nghệ IoT', 'Marketing']}

TOPUP_NORMAL = [(0, 6), (10000, 6), (20000, 10), (30000, 5), (50000, 22), (70000, 6), (100000, 22),
                (120000, 6), (150000, 4), (200000, 8), (300000, 3), (500000, 2)]
TOPUP_V = [t for t, _ in TOPUP_NORMAL]
TOPUP_W = [w for _, w in TOPUP_NORMAL]

# hour-of-day weight profiles (local time)
HOURS = {
    'shop':    [0, 0, 0, 0, 0, 0, .1, .8, 3, 5, 6, 5.5, 3, 2.5, 4, 5, 5, 5, 6, 6, 4.5, 2, .4, 0],
    'store':   [0, 0, 0, 0, 0, 0, 0, .3, 4, 6, 6.5, 6, 3, 3, 5, 5.5, 5.5, 5.5, 5, 4.5, 3, .8, 0, 0],
    'ekyc':    [1.2, .7, .4, .3, .3, .5, 1, 2, 3, 4, 4, 4, 4.5, 3.5, 3, 3, 3, 3.5, 4.5, 6, 7, 7, 5, 2.5],
    'night':   [6, 6, 5, 4, 3, 1.5, .3, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .3, .5, 1, 3, 5, 6],
    'airport': [3, 2, 1.5, 1, 1, 1.5, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4],
    'factory': [0, 0, 0, 0, 0, 0, 2, 6, 2, .5, .5, 4, 6, 2, .5, .5, 3, 6, 5, 1.5, 0, 0, 0, 0],
}


def cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


HOUR_CUM = {k: cum(v) for k, v in HOURS.items()}
HOUR_RANGE = list(range(24))


def luhn_digit(s):
    """Check digit to append to the digit string s."""
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


_STRIP_CACHE = {}


def strip_diac(s):
    r = _STRIP_CACHE.get(s)
    if r is None:
        t = s.replace('đ', 'd').replace('Đ', 'D')
        r = ''.join(c for c in unicodedata.normalize('NFD', t) if not unicodedata.combining(c))
        if len(_STRIP_CACHE) < 200000:
            _STRIP_CACHE[s] = r
    return r


def old_tone(s):
    words = s.split(' ')
    for i, w in enumerate(words):
        tail = w[-2:]
        if tail in OLD_TONE:
            words[i] = w[:-2] + OLD_TONE[tail]
    return ' '.join(words)


def csvq(s):
    if ',' in s or '"' in s or '\n' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def ordinal(y, m, d):
    return date(y, m, d).toordinal()


EPOCH_ORD = date(1970, 1, 1).toordinal()
D_SELFIE_COMMON = ordinal(2020, 7, 1)
D_POPDB = ordinal(2022, 8, 1)
D_CIRC08 = ordinal(2026, 4, 15)
D_VNEID_LOCK = ordinal(2026, 6, 15)
COVID_LO, COVID_HI = ordinal(2020, 3, 20), ordinal(2022, 3, 15)


# device type-allocation codes (fixed universe, same for every run) ---------
def _make_tacs():
    r = random.Random('indep6|tacs')

    def tacs(n, prefixes):
        out = set()
        while len(out) < n:
            out.add(r.choice(prefixes) + '%06d' % r.randrange(10 ** 6))
        return sorted(out)

    phone = tacs(260, ['35', '86', '86', '86', '35', '35', '01'])
    r.shuffle(phone)
    pw = [1.0 / (i + 3) ** 0.9 for i in range(len(phone))]     # popular models dominate
    return dict(
        phone=phone, phone_cum=cum(pw),
        feature=tacs(14, ['35', '86']), tablet=tacs(10, ['35', '86']),
        gateway=tacs(6, ['86']), modem=tacs(6, ['86', '35']), iot=tacs(8, ['86', '35']),
        tracker=tacs(6, ['86']), fwt=tacs(3, ['86']), mifi=tacs(5, ['86', '35']),
        handheld=tacs(4, ['35', '86']))


TACS = _make_tacs()
EMULATOR_TAC = '35824005'


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------
AGE_PROFILES = {
    'urban':      [(14, 17, 4), (18, 24, 18), (25, 34, 27), (35, 44, 21), (45, 54, 14), (55, 64, 10), (65, 74, 5), (75, 90, 1)],
    'rural':      [(14, 17, 5), (18, 24, 12), (25, 34, 16), (35, 44, 18), (45, 54, 18), (55, 64, 16), (65, 74, 11), (75, 92, 4)],
    'mixed':      [(14, 17, 5), (18, 24, 16), (25, 34, 24), (35, 44, 20), (45, 54, 15), (55, 64, 12), (65, 74, 6), (75, 90, 2)],
    'industrial': [(14, 17, 4), (18, 24, 22), (25, 34, 30), (35, 44, 19), (45, 54, 12), (55, 64, 8), (65, 74, 4), (75, 90, 1)],
    'elderly':    [(65, 74, 55), (75, 84, 35), (85, 95, 10)],
    'student':    [(18, 18, 80), (19, 21, 20)],
    'worker':     [(18, 24, 55), (25, 34, 35), (35, 42, 10)],
    'adult':      [(20, 29, 30), (30, 44, 45), (45, 60, 25)],
}
AGE_CUM = {k: (v, cum([w for _, _, w in v])) for k, v in AGE_PROFILES.items()}

LEGIT_KEYS = ['multi_sim', 'family', 'org_iot', 'org_fleet', 'org_callcentre', 'org_staff',
              'name_variant', 'typo', 'elderly', 'promo_day', 'factory', 'university', 'border',
              'tourist', 'campaign_locked', 'recycled', 'ported']
FRAUD_KEYS = ['preact_leaked', 'preact_fabricated', 'theft_ring', 'dealer_extra', 'sim_farm',
              'otp_rental', 'agent_own_id', 'doc_reuse', 'deceased', 'tourist_resold', 'deepfake',
              'org_shell']

SCENARIOS = {
    'metro': dict(
        start=(2019, 1, 1), end=(2026, 5, 31), export=(2026, 6, 25),
        provinces={'079': 45, '001': 35, '048': 4, '031': 4, '092': 3, '074': 3, '075': 3, '_rest': 3},
        channels={'STORE': 24, 'AGENT': 38, 'EKYC_APP': 30, 'ONLINE': 8},
        age='urban', stealth=0.40, enforcement=0.5, flagship=0.16, postpaid=0.10,
        legit=dict(multi_sim=.06, family=.03, org_iot=.02, org_fleet=.01, org_callcentre=.008,
                   org_staff=.01, name_variant=.015, typo=.01, elderly=.02, promo_day=.02,
                   factory=.005, university=.015, border=.002, tourist=.02, campaign_locked=.01,
                   recycled=.008, ported=.01),
        fraud=dict(preact_leaked=.015, preact_fabricated=.008, theft_ring=.016, dealer_extra=.012,
                   sim_farm=.008, otp_rental=.01, agent_own_id=.004, doc_reuse=.004, deceased=.002,
                   tourist_resold=.005, deepfake=.009, org_shell=.004)),
    'rural': dict(
        start=(2019, 1, 1), end=(2026, 5, 31), export=(2026, 6, 25),
        provinces={'089': 6, '091': 5, '094': 4, '087': 5, '096': 4, '084': 3, '083': 3, '093': 2,
                   '095': 3, '002': 3, '004': 2, '010': 3, '011': 2, '012': 2, '014': 4, '015': 3,
                   '038': 9, '040': 9, '042': 4, '044': 3, '064': 3, '066': 4, '_rest': 4},
        channels={'STORE': 14, 'AGENT': 66, 'EKYC_APP': 15, 'ONLINE': 5},
        age='rural', stealth=0.25, enforcement=0.35, flagship=0.08, postpaid=0.02,
        legit=dict(multi_sim=.04, family=.04, org_iot=.005, org_fleet=.005, org_callcentre=0,
                   org_staff=.005, name_variant=.02, typo=.015, elderly=.06, promo_day=.015,
                   factory=0, university=0, border=.005, tourist=.002, campaign_locked=.02,
                   recycled=.008, ported=.005),
        fraud=dict(preact_leaked=.02, preact_fabricated=.025, theft_ring=.005, dealer_extra=.02,
                   sim_farm=.004, otp_rental=.004, agent_own_id=.015, doc_reuse=.006, deceased=.012,
                   tourist_resold=0, deepfake=.001, org_shell=.001)),
    'crackdown': dict(
        start=(2019, 6, 1), end=(2023, 8, 31), export=(2023, 9, 15),
        provinces={'_rest': 100},
        channels={'STORE': 22, 'AGENT': 50, 'EKYC_APP': 23, 'ONLINE': 5},
        age='mixed', stealth=0.75, enforcement=0.9, flagship=0.10, postpaid=0.05,
        legit=dict(multi_sim=.05, family=.03, org_iot=.01, org_fleet=.005, org_callcentre=.004,
                   org_staff=.01, name_variant=.02, typo=.02, elderly=.03, promo_day=.015,
                   factory=.01, university=.01, border=.003, tourist=.005, campaign_locked=.06,
                   recycled=.01, ported=.008),
        fraud=dict(preact_leaked=.01, preact_fabricated=.006, theft_ring=.008, dealer_extra=.009,
                   sim_farm=.006, otp_rental=.006, agent_own_id=.003, doc_reuse=.004, deceased=.003,
                   tourist_resold=.001, deepfake=.004, org_shell=.003)),
    'farm_belt': dict(
        start=(2020, 1, 1), end=(2026, 5, 31), export=(2026, 6, 25),
        provinces={'027': 16, '024': 12, '074': 18, '075': 15, '030': 8, '019': 6, '026': 6,
                   '031': 5, '080': 5, '072': 3, '_rest': 6},
        channels={'STORE': 18, 'AGENT': 52, 'EKYC_APP': 25, 'ONLINE': 5},
        age='industrial', stealth=0.35, enforcement=0.45, flagship=0.10, postpaid=0.04,
        legit=dict(multi_sim=.05, family=.03, org_iot=.02, org_fleet=.015, org_callcentre=.004,
                   org_staff=.01, name_variant=.015, typo=.01, elderly=.02, promo_day=.02,
                   factory=.06, university=.005, border=0, tourist=.002, campaign_locked=.01,
                   recycled=.008, ported=.008),
        fraud=dict(preact_leaked=.02, preact_fabricated=.015, theft_ring=.01, dealer_extra=.012,
                   sim_farm=.04, otp_rental=.03, agent_own_id=.01, doc_reuse=.006, deceased=.003,
                   tourist_resold=.002, deepfake=.004, org_shell=.01)),
    'border_tourism': dict(
        start=(2019, 1, 1), end=(2026, 5, 31), export=(2026, 6, 25),
        provinces={'022': 14, '020': 10, '010': 10, '056': 14, '048': 14, '091': 10, '089': 8,
                   '072': 5, '004': 3, '045': 3, '_rest': 9},
        channels={'STORE': 20, 'AGENT': 52, 'EKYC_APP': 22, 'ONLINE': 6},
        age='mixed', stealth=0.45, enforcement=0.5, flagship=0.10, postpaid=0.04,
        legit=dict(multi_sim=.05, family=.03, org_iot=.01, org_fleet=.01, org_callcentre=.003,
                   org_staff=.005, name_variant=.015, typo=.01, elderly=.02, promo_day=.015,
                   factory=.005, university=.005, border=.04, tourist=.06, campaign_locked=.01,
                   recycled=.008, ported=.008),
        fraud=dict(preact_leaked=.015, preact_fabricated=.01, theft_ring=.01, dealer_extra=.01,
                   sim_farm=.008, otp_rental=.008, agent_own_id=.006, doc_reuse=.008, deceased=.003,
                   tourist_resold=.015, deepfake=.004, org_shell=.003)),
}


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------
class Person:
    __slots__ = ('name', 'gender', 'dob', 'bprov', 'rprov', 'cccd', 'cmnd', 'face', 'idface',
                 'nat', 'passport', 'phone', 'cccd_from', 'fab_doc')


class Stock:
    """A dealer's SIM stock: ICCIDs are handed out in registration-time order
    (assigned after generation, see Gen.finalize)."""
    __slots__ = ('carrier', 'pack', 'items')

    def __init__(self, carrier, pack):
        self.carrier, self.pack, self.items = carrier, pack, []


class Dealer:
    __slots__ = ('code', 'carrier', 'prov', 'kind', 'tabs', 'tabcum', 'stock', 'flagship', 'owner')

    def tablet(self, rng):
        if len(self.tabs) == 1:
            return self.tabs[0]
        return rng.choices(self.tabs, cum_weights=self.tabcum)[0]


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.sc = SCENARIOS[scenario]
        self.scenario = scenario
        self.rng = random.Random('indep6|%d|%d|%s' % (rows, seed, scenario))
        sc = self.sc
        self.start = ordinal(*sc['start'])
        self.end = ordinal(*sc['end'])
        self.export = ordinal(*sc['export'])
        self.export_loc = (self.export - EPOCH_ORD) * 86400 + 12 * 3600
        self.usage_cut = self.export_loc - 30 * 86400
        self.stealth = sc['stealth']
        self.enf = sc['enforcement']
        self.rows = []
        self.labels = {}
        self.seq = 0
        self.used_m9 = set()
        self.used_id = set()
        self.used_imei = set()
        self.pool = []          # reservoir of genuine VN persons (leak victims)
        self.pool_seen = 0
        self.tourist_pool = []
        # carriers
        self.cidx = {c: i for i, c in enumerate(CARRIER_ORDER)}
        self.c_list = CARRIER_ORDER
        self.c_cum = cum([CARRIERS[c]['share'] for c in CARRIER_ORDER])
        self.cf_cum = cum([CARRIERS[c]['fshare'] for c in CARRIER_ORDER])
        self.pfx_cum = {c: cum([3 if len(p) == 3 else 0.6 for p in CARRIERS[c]['pfx']]) for c in CARRIER_ORDER}
        self.fmt_cum = {c: (list(f for f, _ in CARRIERS[c]['fmt']), cum([w for _, w in CARRIERS[c]['fmt']]))
                        for c in CARRIER_ORDER}
        self.icc_ctr = {}
        self.imsi_off = {}
        for c in CARRIER_ORDER:
            blen = CARRIERS[c]['ilen'] - 7
            self.icc_ctr[c] = self.rng.randrange(10 ** (blen - 1), 3 * 10 ** (blen - 1))
            self.imsi_off[c] = self.rng.randrange(10 ** 9)
        # provinces
        pw = dict(sc['provinces'])
        rest = pw.pop('_rest', 0)
        others = [p for p in PCODES if p not in pw]
        tot = sum(PROVINCES[p][1] for p in others)
        self.prov_list = list(pw) + others
        self.prov_cum = cum(list(pw.values()) + [rest * PROVINCES[p][1] / tot for p in others])
        self.nat_cum = cum([PROVINCES[p][1] for p in PCODES])
        self.mig_list = list(MIGRANT_ORIGIN)
        self.mig_cum = cum(list(MIGRANT_ORIGIN.values()))
        ch = sc['channels']
        self.ch_list = list(ch)
        self.ch_cum = cum(list(ch.values()))
        self.dealer_ctr = {}
        self.adhoc = {}
        self.all_dealers = []      # every dealer, in creation order (see finalize)
        self.local_idx = None
        self._build_dealers()
        self.couriers = {c: [self.new_imei(self.rng.choice(TACS['handheld']))
                             for _ in range(max(2, int(3 + rows * CARRIERS[c]['share'] / 40000)))]
                         for c in CARRIER_ORDER}

    # -- small random helpers ------------------------------------------------
    def ln(self, median, sigma):
        return int(median * math.exp(self.rng.gauss(0.0, sigma)))

    def pick_carrier(self, fraud=False):
        return self.rng.choices(self.c_list, cum_weights=self.cf_cum if fraud else self.c_cum)[0]

    def pick_prov(self):
        return self.rng.choices(self.prov_list, cum_weights=self.prov_cum)[0]

    def nat_prov(self):
        return self.rng.choices(PCODES, cum_weights=self.nat_cum)[0]

    def mig_prov(self):
        return self.rng.choices(self.mig_list, cum_weights=self.mig_cum)[0]

    def day_recent(self, lo=None, hi=None):
        lo = self.start if lo is None else lo
        hi = self.end if hi is None else hi
        return lo + int((hi - lo) * math.sqrt(self.rng.random()))

    def day_uniform(self, lo=None, hi=None):
        lo = self.start if lo is None else lo
        hi = self.end if hi is None else hi
        return self.rng.randint(lo, max(lo, hi))

    def at(self, day, profile='shop'):
        h = self.rng.choices(HOUR_RANGE, cum_weights=HOUR_CUM[profile])[0]
        return (day - EPOCH_ORD) * 86400 + h * 3600 + self.rng.randrange(3600)

    @staticmethod
    def day_of(loc):
        return loc // 86400 + EPOCH_ORD

    def capture(self, face, kmax=4):
        """A new capture of one face: 0-3 bits away from the face's reference
        hash, so two captures of one face typically differ in <= 4 bits."""
        r = self.rng
        k = r.choices((0, 1, 2, 3), cum_weights=(25, 70, 95, 100))[0]
        k = min(k, kmax)
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return face

    def flip(self, face, k):
        for _ in range(k):
            face ^= 1 << self.rng.randrange(64)
        return face

    def fm(self, kind):
        g = self.rng.gauss
        if kind == 'live':
            v = g(0.885, 0.045)
        elif kind == 'elderly':
            v = g(0.71, 0.08)
        elif kind == 'idphoto':
            v = g(0.935, 0.025)
        elif kind == 'wrong':
            v = g(0.31, 0.11)
        elif kind == 'synthetic':
            v = g(0.80, 0.06)
        elif kind == 'stock':
            v = g(0.22, 0.10)
        else:
            v = g(0.6, 0.1)
        return min(0.995, max(0.01, v))

    # -- identifiers ---------------------------------------------------------
    def new_imei(self, tac):
        r = self.rng
        while True:
            body = tac + '%06d' % r.randrange(10 ** 6)
            imei = body + luhn_digit(body)
            if imei not in self.used_imei:
                self.used_imei.add(imei)
                return imei

    def imei_series(self, tac, n):
        """n IMEIs with consecutive serial numbers (a gateway, a batch of modules)."""
        r = self.rng
        while True:
            s0 = r.randrange(10 ** 6 - n - 1)
            out = []
            for i in range(n):
                body = tac + '%06d' % (s0 + i)
                out.append(body + luhn_digit(body))
            if not any(x in self.used_imei for x in out):
                self.used_imei.update(out)
                return out

    def phone_tac(self):
        return self.rng.choices(TACS['phone'], cum_weights=TACS['phone_cum'])[0]

    def new_phone(self, tac=None):
        """A dual-SIM handset: (IMEI1, IMEI2) with adjacent serials."""
        tac = tac or self.phone_tac()
        if self.rng.random() < 0.8:
            a, b = self.imei_series(tac, 2)
            return (a, b)
        a = self.new_imei(tac)
        return (a, a)

    def phone_of(self, p):
        if p.phone is None:
            p.phone = self.new_phone()
        return p.phone

    def new_m9(self, carrier, prefix=None):
        r = self.rng
        cp = CARRIERS[carrier]
        while True:
            pf = prefix or r.choices(cp['pfx'], cum_weights=self.pfx_cum[carrier])[0]
            m = pf[1:] + '%0*d' % (10 - len(pf), r.randrange(10 ** (10 - len(pf))))
            if m not in self.used_m9:
                self.used_m9.add(m)
                return m

    def m9_block(self, carrier, n):
        """n consecutive free numbers in one prefix (a pre-assigned kit batch)."""
        r = self.rng
        cp = CARRIERS[carrier]
        pf = r.choices(cp['pfx'], cum_weights=self.pfx_cum[carrier])[0]
        width = 10 - len(pf)
        x = r.randrange(10 ** width - n * 3 - 10)
        out = []
        while len(out) < n:
            m = pf[1:] + '%0*d' % (width, x)
            x += 1
            if x >= 10 ** width:
                x = 0
            if m not in self.used_m9:
                self.used_m9.add(m)
                out.append(m)
        return out

    def fmt_msisdn(self, carrier, m9):
        fl, fc = self.fmt_cum[carrier]
        f = fl[0] if len(fl) == 1 else self.rng.choices(fl, cum_weights=fc)[0]
        return f + m9

    def iccid_body(self, carrier, body):
        cp = CARRIERS[carrier]
        b = '8984' + cp['iin'] + '%0*d' % (cp['ilen'] - 7, body)
        iccid = b + luhn_digit(b)
        imsi = ''
        if cp['mnc']:
            imsi = '452' + cp['mnc'] + '%010d' % ((body + self.imsi_off[carrier]) % 10 ** 10)
        return imsi, iccid

    def central_iccid(self, carrier):
        self.icc_ctr[carrier] += self.rng.randint(1, 3000)
        return self.iccid_body(carrier, self.icc_ctr[carrier])

    def fresh_pack(self, carrier, n):
        """A fresh, contiguous range of n SIMs (bulk order / pre-activation batch)."""
        start = self.icc_ctr[carrier] + self.rng.randint(1, 50000)
        self.icc_ctr[carrier] = start + n
        skip = 0
        out = []
        for i in range(n):
            if self.rng.random() < 0.02:
                skip += 1
            out.append(self.iccid_body(carrier, start + i + skip))
        self.icc_ctr[carrier] += skip
        return out

    def new_cccd(self, bprov, gender, year):
        g = (2 if year >= 2000 else 0) + (1 if gender == 'F' else 0)
        head = '%s%d%02d' % (bprov, g, year % 100)
        r = self.rng
        while True:
            n = head + '%06d' % r.randrange(10 ** 6)
            if n not in self.used_id:
                self.used_id.add(n)
                return n

    def new_cmnd(self, p):
        r = self.rng
        while True:
            if r.random() < 0.03:   # legacy 12-digit CMND (structure unknown)
                n = p.bprov + '%09d' % r.randrange(10 ** 9)
            else:
                pf = CMND_PFX[p.bprov]
                if p.bprov == '001' and r.random() < 0.25:
                    pf = '11'       # former Hà Tây
                n = pf + '%0*d' % (9 - len(pf), r.randrange(10 ** (9 - len(pf))))
            if n not in self.used_id:
                self.used_id.add(n)
                return n

    # -- people ---------------------------------------------------------------
    def vn_name(self, gender, byear, prov):
        r = self.rng
        region = PROVINCES[prov][2]
        if region in ('NM', 'CH') and r.random() < (0.35 if region == 'NM' else 0.15):
            s = r.choice(MIN_SURN)
            if gender == 'M':
                return '%s %s %s' % (s, r.choice(MIN_MID_M), r.choice(MIN_GIV_M))
            return '%s %s %s' % (s, r.choice(MIN_MID_F), r.choice(MIN_GIV_F))
        if prov in KHMER_PROV and r.random() < 0.12:
            s = r.choice(KH_SURN)
            return '%s %s' % (s, r.choice(KH_GIV_M if gender == 'M' else KH_GIV_F))
        sl = SURN_S if region in SOUTH else SURN_N
        s = r.choices([x for x, _ in sl], weights=[w for _, w in sl])[0]
        return s + ' ' + self.rest_name(gender, byear, region)

    def rest_name(self, gender, byear, region='RRD'):
        r = self.rng
        young = byear >= 1985
        if gender == 'M':
            mids = MIDDLE_M_NEW if young else MIDDLE_M_OLD
            giv = GIVEN_OLD_M if (byear < 1955 and region in SOUTH and r.random() < 0.3) else GIVEN_M
        else:
            mids = MIDDLE_F_NEW if young else MIDDLE_F_OLD
            giv = GIVEN_OLD_F if (byear < 1955 and r.random() < 0.25) else GIVEN_F
        mid = r.choices([x for x, _ in mids], weights=[w for _, w in mids])[0]
        g = r.choice(giv)
        if young and r.random() < 0.06:
            return '%s %s' % (mid.split(' ')[0], g)
        return '%s %s' % (mid, g)

    def sample_age(self, profile):
        buckets, c = AGE_CUM[profile]
        lo, hi, _ = self.rng.choices(buckets, cum_weights=c)[0]
        return lo + self.rng.random() * (hi - lo + 1)

    def new_person(self, day, age=None, profile=None, rprov=None, bprov=None, gender=None,
                   surname=None, pool=False):
        r = self.rng
        p = Person()
        if age is None:
            age = self.sample_age(profile or self.sc['age'])
        p.dob = day - int(age * 365.2425) - r.randrange(0, 3)
        byear = date.fromordinal(p.dob).year
        p.gender = gender or ('M' if r.random() < 0.5 else 'F')
        p.rprov = rprov or self.pick_prov()
        if bprov is None:
            bprov = p.rprov if r.random() < 0.78 else (self.mig_prov() if r.random() < 0.6 else self.nat_prov())
        p.bprov = bprov
        if surname:
            p.name = surname + ' ' + self.rest_name(p.gender, byear, PROVINCES[bprov][2])
        else:
            p.name = self.vn_name(p.gender, byear, bprov)
        p.cccd = self.new_cccd(bprov, p.gender, byear)
        p.cmnd = None
        p.face = r.getrandbits(64)
        p.idface = None
        p.nat = 'VN'
        p.passport = None
        p.phone = None
        # date from which the person presents a 12-digit CCCD instead of a CMND
        turn14 = p.dob + int(14 * 365.25)
        u = r.random()
        if byear >= 2002:
            p.cccd_from = turn14
        elif u < 0.14:
            p.cccd_from = ordinal(2016, 1, 1) + r.randrange(1800)
        elif u < (0.84 if age < 65 else 0.60):
            p.cccd_from = ordinal(2021, 1, 1) + r.randrange(600)
        elif u < (0.99 if age < 65 else 0.97):
            p.cccd_from = ordinal(2022, 9, 1) + r.randrange(840)
        else:
            p.cccd_from = 10 ** 7       # never switched
        if pool:
            self.add_pool(p)
        return p

    def add_pool(self, p):
        self.pool_seen += 1
        if len(self.pool) < 30000:
            self.pool.append(p)
        else:
            j = self.rng.randrange(self.pool_seen)
            if j < 30000:
                self.pool[j] = p

    def foreigner(self, day, mode='tourist', nat=None):
        r = self.rng
        if nat is None:
            keys = list(FOREIGN)
            idx = 0 if mode == 'tourist' else 1
            nat = r.choices(keys, weights=[FOREIGN[k][idx] + 0.0001 for k in keys])[0]
        _, _, surn, giv, _ = FOREIGN[nat]
        p = Person()
        age = 20 + r.random() * 45
        p.dob = day - int(age * 365.2425)
        p.gender = 'M' if r.random() < 0.55 else 'F'
        p.name = r.choice(surn) + ' ' + r.choice(giv)
        p.nat = nat
        p.passport = self.passport_no(nat)
        p.face = r.getrandbits(64)
        p.idface = None
        p.phone = None
        p.cccd = p.cmnd = None
        p.bprov = p.rprov = None
        p.cccd_from = 0
        return p

    def passport_no(self, nat):
        r = self.rng
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        d = lambda n: '%0*d' % (n, r.randrange(10 ** n))
        f = {'CN': lambda: (r.choice(['E', 'EA', 'EB', 'EC']) + d(7)) if r.random() < .5 else 'E' + d(8),
             'KR': lambda: r.choice('MS') + d(8), 'JP': lambda: r.choice(['TK', 'TR', 'TZ', 'MU']) + d(7),
             'US': lambda: d(9), 'GB': lambda: d(9), 'AU': lambda: r.choice('NPR') + d(7),
             'FR': lambda: d(2) + r.choice(L) + r.choice(L) + d(5), 'DE': lambda: 'C' + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8)),
             'RU': lambda: d(2) + d(7), 'TW': lambda: d(9), 'TH': lambda: r.choice(['AA', 'AB', 'AC']) + d(7),
             'KH': lambda: 'N' + d(7), 'LA': lambda: 'P' + d(7), 'IN': lambda: r.choice(L) + d(7),
             'MY': lambda: 'A' + d(8), 'SG': lambda: 'K' + d(7) + r.choice(L), 'PH': lambda: 'P' + d(7) + r.choice(L),
             'VN': lambda: r.choice('BCN') + d(7)}[nat]
        while True:
            n = f()
            if ('P' + n) not in self.used_id:
                self.used_id.add('P' + n)
                return n

    def doc(self, p, day):
        if p.nat != 'VN':
            return 'PASSPORT', p.passport
        if day >= p.cccd_from:
            return 'CCCD', p.cccd
        if p.cmnd is None:
            p.cmnd = self.new_cmnd(p)
        return 'CMND', p.cmnd

    def id_photo(self, p):
        """Hash of the (older) photo printed on the person's ID card."""
        if p.idface is None:
            p.idface = self.flip(p.face, self.rng.randint(4, 9))
        return p.idface

    def victim(self, day, min_age=18):
        """A real person whose documents leaked: sometimes a customer present in
        the batch, mostly someone who is not."""
        r = self.rng
        if self.pool and r.random() < 0.3:
            p = r.choice(self.pool)
            if (day - p.dob) / 365.25 >= min_age:
                return p
        return self.new_person(day, profile='mixed')

    # -- legit defaults --------------------------------------------------------
    def has_selfie(self, day, chan):
        if chan == 'EKYC_APP' or day >= D_CIRC08:
            return True
        r = self.rng.random()
        if day < D_SELFIE_COMMON:
            return r < 0.25
        if day < D_POPDB:
            return r < 0.65
        return r < 0.97

    def popdb_legit(self, day):
        r = self.rng.random()
        if day < D_POPDB:
            if self.scenario == 'crackdown':
                return 'MATCH' if r < 0.82 else 'UNCHECKED'
            return 'MATCH' if r < 0.6 else 'UNCHECKED'
        return 'MATCH' if r < 0.995 else 'UNCHECKED'

    def status_legit(self, day, never_used=False):
        r = self.rng.random()
        age = self.export - day
        if age < 60:
            return 'ACTIVE'
        p_term = min(0.16, 0.02 + 0.025 * age / 365.0) * (3.0 if never_used else 1.0)
        if r < p_term:
            return 'TERMINATED'
        if self.export >= D_CIRC08 and r < p_term + 0.006:
            return 'ONE_WAY_LOCKED'      # device change, re-authentication pending
        return 'ACTIVE'

    def status_fraud(self, day, use_kind, popdb, stealth):
        r = self.rng
        age = self.export - day
        if age < 25:
            return 'ACTIVE'
        base = {'unused': .55, 'scam': .75, 'simbox': .8, 'spam_sms': .8, 'otp': .35,
                'resold': .25}.get(use_kind, .12)
        if stealth:
            base *= 0.4
        if popdb in ('MISMATCH', 'NOT_FOUND'):
            base = min(1.0, base * 1.6 + 0.2)
        if r.random() >= base * self.enf * min(1.0, age / 120.0):
            return 'ACTIVE'
        x = r.random()
        if age < 60 or x < 0.3:
            return 'ONE_WAY_LOCKED'
        if x < 0.55 or age < 100:
            return 'TWO_WAY_LOCKED'
        return 'TERMINATED'

    # -- usage ---------------------------------------------------------------
    def usage(self, kind):
        r = self.rng
        ln = self.ln
        if kind == 'unused':
            return [0, 0, 0, 0, 0, 0, 0, 0]
        if kind in ('normal', 'heavy', 'light', 'postpaid', 'worker', 'student', 'elderly', 'trader', 'staff'):
            m = {'normal': 1.0, 'heavy': 2.5, 'light': 0.3, 'postpaid': 1.6, 'worker': 0.8,
                 'student': 0.6, 'elderly': 0.45, 'trader': 1.8, 'staff': 1.5}[kind]
            ad = 30 - int(abs(r.gauss(0, 3 if kind != 'light' else 10)))
            ad = max(1, ad)
            oc = ln(38 * m, 0.8)
            ic = ln(42 * (m if kind != 'elderly' else 0.8), 0.7)
            os_ = ln(4 * m, 1.2) if r.random() < 0.75 else 0
            is_ = ln(32, 0.6) + (ln(10, 1) if kind in ('student', 'worker') else 0)
            dc = min(oc, max(1 if oc else 0, ln(12 * min(m, 2.0) + (15 if kind == 'trader' else 0), 0.5)))
            if kind in ('postpaid', 'staff'):
                tp = 0
            elif kind == 'elderly':
                tp = r.choice((0, 10000, 20000, 20000, 30000, 50000))
            else:
                tp = r.choices(TOPUP_V, weights=TOPUP_W)[0]
            dm = {'student': ln(9000, 0.7), 'elderly': ln(30, 1.5), 'worker': ln(3500, 0.8)}.get(kind) or ln(2500 * m, 1.0)
            if kind == 'light':
                ad = max(1, ad // 2)
            return [ad, oc, ic, os_, is_, dc, tp, dm]
        if kind == 'data_only':
            return [r.randint(15, 30), 0, 0, 0, r.randint(1, 12), 0, r.choice((70000, 90000, 120000, 200000)),
                    ln(15000, 0.7)]
        if kind == 'backup':
            oc = r.randint(0, 4)
            return [r.randint(1, 9), oc, r.randint(0, 6), 0, r.randint(2, 20), min(oc, r.randint(0, 3)),
                    r.choice((0, 0, 10000, 20000)), ln(40, 1.5)]
        if kind == 'tourist':
            oc = r.randint(0, 12)
            return [r.randint(3, 14), oc, r.randint(0, 10), r.randint(0, 5), r.randint(2, 15), min(oc, r.randint(0, 6)),
                    r.choice((0, 0, 0, 100000, 200000)), ln(6000, 0.7)]
        if kind == 'iot':
            return [r.randint(28, 30), 0, 0, r.randint(0, 40), r.randint(0, 6), 0, 0, ln(25, 0.9)]
        if kind == 'tracker':
            return [r.randint(26, 30), 0, r.randint(0, 2), r.randint(0, 10), r.randint(0, 8), 0, 0, ln(60, 0.6)]
        if kind == 'callcentre':
            oc = ln(900, 0.5)
            return [r.randint(20, 26), oc, ln(120, 0.6), r.randint(0, 30), ln(40, 0.5), int(oc * r.uniform(0.55, 0.9)),
                    0, ln(300, 1.0)]
        if kind == 'otp':
            return [r.randint(8, 30), r.randint(0, 2), r.randint(0, 3), r.randint(0, 3), ln(260, 0.7),
                    r.randint(0, 1), r.choice((0, 0, 10000)), r.randint(0, 3)]
        if kind == 'otp_stealth':
            oc = r.randint(0, 8)
            return [r.randint(12, 30), oc, r.randint(0, 8), r.randint(0, 6), ln(55, 0.6), min(oc, r.randint(0, 5)),
                    r.choice((10000, 20000, 20000, 50000)), ln(120, 1.2)]
        if kind == 'simbox':
            oc = ln(1200, 0.6)
            return [r.randint(3, 15), oc, r.randint(0, 6), r.randint(0, 4), r.randint(0, 8), int(oc * r.uniform(0.75, 0.98)),
                    r.choice((200000, 300000, 500000, 1000000)), 0]
        if kind == 'scam':
            oc = ln(220, 0.6)
            return [r.randint(2, 12), oc, r.randint(0, 25), r.randint(0, 150), r.randint(2, 20),
                    int(oc * r.uniform(0.6, 0.95)), r.choice((50000, 100000, 200000, 500000)), ln(150, 1.2)]
        if kind == 'scam_stealth':
            oc = ln(75, 0.5)
            return [r.randint(10, 26), oc, ln(15, 0.6), r.randint(0, 20), ln(20, 0.6), int(oc * r.uniform(0.5, 0.85)),
                    r.choice((50000, 100000, 100000, 200000)), ln(700, 0.9)]
        if kind == 'spam_sms':
            return [r.randint(3, 14), r.randint(0, 5), r.randint(0, 5), ln(1800, 0.6), r.randint(0, 10),
                    r.randint(0, 3), r.choice((100000, 200000, 500000)), 0]
        if kind == 'resold':
            ad = r.randint(0, 12)
            if ad == 0:
                return [0, 0, 0, 0, 0, 0, 0, 0]
            f = ad / 30.0
            oc = ln(38 * f, 0.8)
            return [ad, oc, ln(40 * f, 0.8), ln(3 * f, 1.0), ln(25 * f, 0.7), min(oc, ln(10 * f + 1, 0.5)),
                    r.choice((0, 0, 10000, 20000, 50000)), ln(1500 * f, 1.0)]
        if kind == 'resold_stealth':
            u = self.usage('normal')
            ad = r.randint(8, 24)
            f = ad / 30.0
            return [ad] + [int(x * f) for x in u[1:6]] + [u[6], int(u[7] * f)]
        raise ValueError(kind)

    # -- emission -------------------------------------------------------------
    def style_name(self, carrier, name):
        r = self.rng.random()
        if carrier == 'VINAPHONE':
            if r < 0.55:
                return strip_diac(name).upper()
        elif carrier == 'GMOBILE':
            return name.upper()
        elif carrier == 'REDDI' and r < 0.5:
            return strip_diac(name)
        if r < 0.97:
            return name
        v = self.rng.random()
        if v < 0.3:
            return strip_diac(name)
        if v < 0.6:
            return name.upper()
        if v < 0.85:
            return old_tone(name)
        return unicodedata.normalize('NFD', name)

    def emit(self, carrier, m9, loc, *, idt, idn, name, dob, gender, nat='VN', prov='', chan='',
             agent='', dev='', selfie=None, fm=None, popdb='UNCHECKED', status='ACTIVE', fu='',
             use=None, label=None, ids=None, stock=None, sub='INDIVIDUAL', mstr=None, raw_name=False):
        cp = CARRIERS[carrier]
        rng = self.rng
        if mstr is None:
            mstr = self.fmt_msisdn(carrier, m9)
        if not raw_name and nat == 'VN' and sub == 'INDIVIDUAL':
            name = self.style_name(carrier, name)
        epoch = loc - 25200
        ts = datetime.fromtimestamp(epoch, TZS[cp['tz']]).isoformat()
        # usage columns
        mode = cp['usage']
        if use is None or loc > self.usage_cut or mode == 'none' or \
                (mode == 'all_from_2021' and loc < (ordinal(2021, 1, 1) - EPOCH_ORD) * 86400):
            ucols = ',,,,,,,'
        elif mode == 'partial':
            ucols = '%d,,,,,,%d,%d' % (use[0], use[6], use[7])
        else:
            ucols = ','.join(map(str, use))
        blank = cp['blank']
        if blank:
            sub_s = '' if sub == 'INDIVIDUAL' else sub
            nat_s = '' if nat == 'VN' else nat
            pop_s = '' if popdb == 'UNCHECKED' else popdb
            st_s = '' if status == 'ACTIVE' else status
        else:
            sub_s, nat_s, pop_s, st_s = sub, nat, popdb, status
        if prov and carrier == 'MOBIFONE' and rng.random() < 0.15:
            prov = ''
        if gender and carrier == 'VIETNAMOBILE' and rng.random() < 0.3:
            gender = ''
        sh = '' if selfie is None else ('%016X' % selfie if carrier == 'VINAPHONE' else '%016x' % selfie)
        fms = '' if (fm is None or selfie is None) else '%.3f' % fm
        dob_s = '' if dob is None else date.fromordinal(dob).isoformat()
        head = '%s,%s,' % (cp['out'], mstr)
        tail = ','.join((sub_s, idt, idn, csvq(name), dob_s, gender, nat_s, prov, ts, chan, agent,
                         dev, sh, fms, pop_s, st_s, fu, ucols))
        if stock is not None:
            mid = None
            stock.items.append((epoch, self.seq, len(self.rows)))
        else:
            if ids is None:
                ids = self.central_iccid(carrier)
            imsi, iccid = ids
            if carrier == 'LOCAL':
                iccid = ''
            mid = imsi + ',' + iccid
        # head ("CARRIER,MSISDN,") identifies the subscription
        self.rows.append([self.cidx[carrier], epoch, self.seq, head, mid, tail])
        self.seq += 1
        if label is not None:
            self.labels[head] = label
        return mstr

    def person_row(self, p, carrier, loc, chan, label, use_kind, dealer=None, *, dev=None, m9=None,
                   ids=None, use_stock=True, selfie='live', fm=None, popdb=None, status=None,
                   fu='auto', idt=None, idn=None, name=None, dob='p', prov=None, mstr=None,
                   raw_name=False, fm_kind='live'):
        """One registration of a person (genuine or abused)."""
        day = loc // 86400 + EPOCH_ORD
        if idt is None:
            idt, idn = self.doc(p, day)
        if selfie == 'live':
            selfie = self.capture(p.face) if self.has_selfie(day, chan) else None
            if selfie is not None and fm is None:
                fm = self.fm(fm_kind)
        if popdb is None:
            popdb = self.popdb_legit(day) if p.nat == 'VN' else 'UNCHECKED'
        use = self.usage(use_kind)
        if status is None:
            status = self.status_legit(day, use_kind == 'unused')
        if fu == 'auto':
            fu = '' if use_kind == 'unused' else self.phone_of(p)[0]
        agent = ''
        stock = None
        if dealer is not None:
            agent = dealer.code
            if dev is None:
                dev = dealer.tablet(self.rng)
            if ids is None and use_stock:
                stock = dealer.stock
        if dev is None:
            dev = ''
        return self.emit(carrier, m9 or (None if mstr else self.new_m9(carrier)), loc, idt=idt, idn=idn,
                         name=name or p.name, dob=p.dob if dob == 'p' else dob, gender=p.gender,
                         nat=p.nat, prov=(p.rprov or '') if prov is None else prov, chan=chan,
                         agent=agent, dev=dev, selfie=selfie, fm=fm, popdb=popdb, status=status, fu=fu,
                         use=use, label=label, ids=ids, stock=stock, mstr=mstr, raw_name=raw_name)

    # -- dealers --------------------------------------------------------------
    def new_dealer(self, carrier, prov, kind, ntabs=None, walkin=False):
        r = self.rng
        d = Dealer()
        key = (carrier, prov, kind)
        n = self.dealer_ctr.get(key, 0) + 1
        self.dealer_ctr[key] = n
        pfx = AG_PFX[carrier]
        code = {'store': 'CH', 'agent': 'DL', 'mobile': 'LD', 'airport': 'KS', 'border': 'DL'}[kind]
        if kind in ('agent', 'border'):
            d.code = '%s-%s%s-%05d' % (pfx, code, prov, n + (5000 if kind == 'border' else 0))
        else:
            d.code = '%s-%s%s-%03d' % (pfx, code, prov, n)
        d.carrier, d.prov, d.kind = carrier, prov, kind
        d.flagship = False
        d.owner = None
        if ntabs is None:
            ntabs = r.choice((2, 2, 3, 3, 4, 5)) if kind == 'store' else (1 if r.random() < 0.7 else 2)
        tabs = []
        for _ in range(ntabs):
            if kind == 'agent' and r.random() < 0.45:
                tabs.append(self.new_imei(self.phone_tac()))       # dealer's own phone
            else:
                tabs.append(self.new_imei(r.choice(TACS['tablet'])))
        d.tabs = tabs
        d.tabcum = cum([1.0 / (i + 1) ** 1.5 for i in range(ntabs)])
        d.stock = Stock(carrier, 500 if kind == 'store' else r.choice((50, 100, 100, 200)))
        self.all_dealers.append(d)
        return d

    def _build_dealers(self):
        r = self.rng
        N = self.N
        self.dealers = {}
        for c in CARRIER_ORDER:
            share = CARRIERS[c]['share'] / 100.0
            n_st = max(1, int(N * share * 0.25 / 700))
            n_ag = max(2, int(N * share * 0.45 / 160))
            flag = c in BIG3 and n_st >= 3
            stores = [self.new_dealer(c, self.prov_list[0] if (flag and i < 2) else self.pick_prov(), 'store')
                      for i in range(n_st)]
            agents = [self.new_dealer(c, self.pick_prov(), 'agent') for _ in range(n_ag)]
            sw = [min(40.0, r.paretovariate(1.6)) for _ in stores]
            aw = [min(60.0, r.paretovariate(1.15)) for _ in agents]
            for d, w in zip(agents, aw):
                if w > 12:      # a big dealer works with several tablets / phones
                    d.tabs += [self.new_imei(r.choice(TACS['tablet'])) for _ in range(r.randint(1, 3))]
                    d.tabcum = cum([1.0 / (i + 1) ** 1.2 for i in range(len(d.tabs))])
            if flag:
                # flagship stores: one main tablet handles most of the traffic
                fs = self.sc['flagship']
                rest = sum(sw[2:])
                sw[0] = rest * fs / (1 - fs)
                sw[1] = rest * fs * 0.5 / (1 - fs)
                for d in stores[:2]:
                    d.flagship = True
                    d.tabcum = cum([12.0] + [1.0] * (len(d.tabs) - 1))
            self.dealers[c] = dict(store=stores, agent=agents, store_cum=cum(sw), agent_cum=cum(aw))

    def pick_dealer(self, carrier, kind):
        dd = self.dealers[carrier]
        return self.rng.choices(dd[kind], cum_weights=dd[kind + '_cum'])[0]

    def local_dealer(self, carrier, kind, prov):
        """A dealer of that carrier in the customer's province (weighted by volume);
        a small local point if the carrier has none there."""
        if self.local_idx is None:
            self.local_idx = {}
            for c in CARRIER_ORDER:
                dd = self.dealers[c]
                for k in ('store', 'agent'):
                    prev = 0.0
                    for d, cw in zip(dd[k], dd[k + '_cum']):
                        lst = self.local_idx.setdefault((c, k, d.prov), ([], []))
                        lst[0].append(d)
                        lst[1].append((lst[1][-1] if lst[1] else 0.0) + cw - prev)
                        prev = cw
        ent = self.local_idx.get((carrier, kind, prov))
        if ent is None or self.rng.random() < 0.08:
            if self.rng.random() < 0.5:
                return self.pick_dealer(carrier, kind)       # registered away from home
            return self.adhoc_dealer(carrier, prov, kind)
        return self.rng.choices(ent[0], cum_weights=ent[1])[0]

    def complicit_agent(self, carrier, big=False):
        dd = self.dealers[carrier]
        if big:
            return self.rng.choices(dd['agent'], cum_weights=dd['agent_cum'])[0]
        return self.rng.choice(dd['agent'])

    def adhoc_dealer(self, carrier, prov, kind='agent'):
        key = (carrier, prov, kind)
        lst = self.adhoc.setdefault(key, [])
        if len(lst) < 3 or self.rng.random() < 0.2:
            lst.append(self.new_dealer(carrier, prov, kind))
            return lst[-1]
        return self.rng.choice(lst)

    # ---------------------------------------------------------------------
    # legitimate populations
    # ---------------------------------------------------------------------
    def base_kind(self, p, day):
        r = self.rng.random()
        age = (day - p.dob) / 365.25
        if age >= 65:
            return 'elderly'
        if age < 24 and r < 0.5:
            return 'student'
        if r < self.sc['postpaid']:
            return 'postpaid'
        if r < 0.72:
            return 'normal'
        if r < 0.84:
            return 'light'
        if r < 0.93:
            return 'heavy'
        return 'worker'

    def gen_base(self, budget):
        r = self.rng
        while budget > 0:
            chan = r.choices(self.ch_list, cum_weights=self.ch_cum)[0]
            c = self.pick_carrier()
            day = self.day_recent()
            dealer = None
            if chan in ('STORE', 'AGENT'):
                dealer = self.pick_dealer(c, 'store' if chan == 'STORE' else 'agent')
                prov = dealer.prov
                loc = self.at(day, 'store' if chan == 'STORE' else 'shop')
                pat = 'legit_busy_store_walkin' if dealer.flagship else (
                    'legit_store_walkin' if chan == 'STORE' else 'legit_agent_walkin')
            else:
                prov = self.pick_prov()
                loc = self.at(day, 'ekyc')
                pat = 'legit_ekyc_self' if chan == 'EKYC_APP' else 'legit_online_delivery'
            p = self.new_person(day, rprov=prov if r.random() < 0.9 else None, pool=True)
            dev = None
            if chan == 'EKYC_APP':
                dev = self.phone_of(p)[0]
            elif chan == 'ONLINE':
                dev = r.choice(self.couriers[c]) if r.random() < 0.8 else ''
            if r.random() < 0.015:
                kind, pat = 'unused', 'legit_spare_never_used'
            else:
                kind = self.base_kind(p, day)
            fu = 'auto'
            if kind != 'unused' and r.random() < 0.12:
                fu = self.phone_of(p)[1]            # inserted in slot 2
            self.person_row(p, c, loc, chan, (0, 0, pat), kind, dealer, dev=dev, fu=fu,
                            fm_kind='elderly' if kind == 'elderly' else 'live')
            budget -= 1

    def gen_multi_sim(self, budget):
        r = self.rng
        while budget > 0:
            k = min(budget, r.choices((2, 3, 4), weights=(60, 30, 10))[0])
            day0 = self.day_uniform(self.start, self.end - 30)
            p = self.new_person(day0, profile='adult', pool=True)
            c0 = self.pick_carrier()
            per_carrier_online = {}
            phone = self.phone_of(p)
            for i in range(k):
                if i == 0:
                    c, day, kind, fu = c0, day0, 'normal', phone[0]
                else:
                    c = self.pick_carrier() if r.random() < 0.6 else c0
                    day = min(self.end, day0 + r.randint(0, 1500))
                    t = r.random()
                    if t < 0.4:
                        kind, fu = 'normal', phone[1]       # dual-SIM phone
                    elif t < 0.7:
                        kind, fu = 'data_only', self.new_imei(r.choice(TACS['mifi'] + TACS['tablet']))
                    else:
                        kind, fu = 'backup', phone[1] if r.random() < 0.5 else self.new_imei(r.choice(TACS['feature']))
                chan = r.choices(self.ch_list, cum_weights=self.ch_cum)[0]
                if chan in ('EKYC_APP', 'ONLINE'):
                    n = per_carrier_online.get(c, 0)
                    if n >= 3:
                        chan = 'STORE'
                    else:
                        per_carrier_online[c] = n + 1
                dealer, dev = None, None
                if chan in ('STORE', 'AGENT'):
                    dealer = self.local_dealer(c, chan.lower(), p.rprov)
                    loc = self.at(day, 'shop')
                else:
                    loc = self.at(day, 'ekyc')
                    dev = phone[0] if chan == 'EKYC_APP' else ''
                self.person_row(p, c, loc, chan, (0, 0, 'legit_multi_sim'), kind, dealer, dev=dev, fu=fu)
            budget -= k

    def gen_family(self, budget):
        r = self.rng
        while budget > 0:
            day = self.day_recent(self.start, self.end - 20)
            prov = self.pick_prov()
            head = self.new_person(day, age=r.uniform(30, 55), rprov=prov, gender='M' if r.random() < 0.6 else 'F', pool=True)
            sur = head.name.split(' ')[0]
            members = [head]
            members.append(self.new_person(day, age=max(20, (day - head.dob) / 365.25 + r.uniform(-6, 4)),
                                           rprov=prov, gender='F' if head.gender == 'M' else 'M'))
            hage = (day - head.dob) / 365.25
            for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
                kage = hage - r.uniform(22, 32)
                if kage >= 14:
                    members.append(self.new_person(day, age=kage, rprov=prov, bprov=head.bprov,
                                                   surname=sur if head.gender == 'M' else None))
            if r.random() < 0.35:
                members.append(self.new_person(day, age=hage + r.uniform(22, 32), rprov=prov,
                                               bprov=head.bprov, surname=sur))
            members = members[:budget]
            c = self.pick_carrier()
            if r.random() < 0.7:       # all registered in the app on the head's phone
                phone = self.phone_of(head)[0]
                loc0 = self.at(day, 'ekyc')
                for i, m in enumerate(members):
                    loc = loc0 + (r.randint(60, 900) * i if r.random() < 0.7 else r.randint(0, 14) * 86400 + r.randint(0, 7200))
                    cc = c if r.random() < 0.85 else self.pick_carrier()
                    age = (day - m.dob) / 365.25
                    self.person_row(m, cc, loc, 'EKYC_APP', (0, 0, 'legit_family_one_phone'),
                                    'elderly' if age >= 65 else self.base_kind(m, day), dev=phone,
                                    fm_kind='elderly' if age >= 65 else 'live')
            else:                       # a family visit at a shop
                dealer = self.local_dealer(c, 'agent' if r.random() < 0.7 else 'store', prov)
                tab = dealer.tablet(r)
                loc = self.at(day, 'shop')
                for m in members:
                    loc += r.randint(120, 600)
                    age = (day - m.dob) / 365.25
                    self.person_row(m, c, loc, dealer.kind.upper() if dealer.kind == 'store' else 'AGENT',
                                    (0, 0, 'legit_family_shop_visit'),
                                    'elderly' if age >= 65 else self.base_kind(m, day), dealer, dev=tab,
                                    fm_kind='elderly' if age >= 65 else 'live')
            budget -= len(members)

    def org_identity(self, kind, prov):
        r = self.rng
        name = '%s %s %s' % (r.choice(ORG_FORMS), r.choice(ORG_BIZ[kind]), r.choice(ORG_BRANDS))
        tax = '%02d%08d' % (r.choice((1, 1, 3, 3, 2, 4, 23, 36, 37, 5, 10, 26, 31, 46)), r.randrange(10 ** 8))
        if r.random() < 0.15:
            name += ', Chi nhánh ' + PROVINCES[prov][0]
            tax += '-%03d' % r.randint(1, 30)
        return name, tax

    def gen_org(self, kind, budget, fraud=False):
        """Organisation contracts: bulk SIMs under an ORG subscriber."""
        r = self.rng
        sizes = {'iot': (40, 700), 'fleet': (20, 300), 'callcentre': (30, 400), 'staff': (10, 200),
                 'shell': (50, 450)}[kind]
        while budget > 0:
            n = min(budget, int(math.exp(r.uniform(math.log(sizes[0]), math.log(sizes[1])))))
            stealth = fraud and r.random() < self.stealth
            prov = self.pick_prov()
            c = r.choice(BIG3) if not fraud else self.pick_carrier(fraud=True)
            name, tax = self.org_identity(kind, prov)
            rep = self.new_person(self.end, profile='adult', rprov=prov)
            rep_img = self.capture(rep.face) if r.random() < 0.6 else None
            rep_fm = self.fm('live') if rep_img is not None else None
            store = self.pick_dealer(c, 'store') if r.random() < 0.8 else self.adhoc_dealer(c, prov, 'store')
            tab = store.tablet(r)
            waves = 1 if (fraud and not stealth) else r.choice((1, 1, 2, 3))
            ids = self.fresh_pack(c, n)
            block = self.m9_block(c, n) if r.random() < 0.5 else [self.new_m9(c) for _ in range(n)]
            # first-use devices
            if kind == 'iot':
                fus = self.imei_series(r.choice(TACS['iot']), n)
            elif kind == 'fleet':
                fus = self.imei_series(r.choice(TACS['tracker']), n) if r.random() < 0.6 else \
                    [self.new_imei(self.phone_tac()) for _ in range(n)]
            elif kind == 'callcentre':
                fus = [self.new_imei(r.choice(TACS['fwt']) if r.random() < 0.5 else self.phone_tac()) for _ in range(n)]
            elif kind == 'staff':
                fus = [self.new_imei(self.phone_tac()) for _ in range(n)]
            else:  # shell
                if stealth:
                    fus = [self.new_imei(r.choice(TACS['iot'])) for _ in range(n)]
                else:
                    ports = []
                    for _ in range(max(1, n // 48)):
                        ports += self.imei_series(r.choice(TACS['gateway']), r.choice((16, 32)))
                    fus = [r.choice(ports) for _ in range(n)]
            use_kind = {'iot': 'iot', 'fleet': None, 'callcentre': 'callcentre', 'staff': 'staff'}.get(kind)
            days = sorted(self.day_uniform(self.start, self.end - 10) for _ in range(waves))
            wave, day, loc = -1, days[0], 0
            for i in range(n):
                w = i * waves // n
                if w != wave:                   # a new wave of the contract
                    wave, day = w, days[w]
                    loc = self.at(day, 'store')
                elif r.random() < 0.01:         # continued the next working day
                    day += 1
                    loc = self.at(day, 'store')
                else:
                    loc += r.randint(15, 120)
                if kind == 'fleet':
                    uk = 'tracker' if fus[i][:8] in TACS['tracker'] else 'staff'
                elif kind == 'shell':
                    uk = ('otp_stealth' if r.random() < 0.5 else 'scam_stealth') if stealth else \
                        ('simbox' if r.random() < 0.6 else 'spam_sms')
                else:
                    uk = use_kind
                if fraud:
                    label = (1, 0, 'org_shell_bulk_stealth' if stealth else 'org_shell_bulk')
                    status = self.status_fraud(day, uk, 'UNCHECKED', stealth)
                else:
                    label = (0, 0, 'legit_org_' + kind)
                    status = self.status_legit(day)
                self.emit(c, block[i], loc, idt='ORG', idn=tax, name=name, dob=None, gender='', prov=prov,
                          chan='STORE', agent=store.code, dev=tab, selfie=rep_img, fm=rep_fm,
                          popdb='UNCHECKED', status=status, fu=fus[i], use=self.usage(uk),
                          label=label, ids=ids[i], sub='ORGANIZATION')
            budget -= n

    def gen_name_variant(self, budget):
        r = self.rng
        while budget > 0:
            k = min(budget, r.choice((2, 2, 3)))
            day0 = self.day_uniform(self.start, self.end - 400)
            p = self.new_person(day0, profile='adult', pool=True)
            forms = [p.name, strip_diac(p.name).upper(), strip_diac(p.name), p.name.upper(), old_tone(p.name),
                     ' '.join(p.name.split(' ')[:-1] + [strip_diac(p.name.split(' ')[-1])])]
            r.shuffle(forms)
            for i in range(k):
                c = self.pick_carrier()
                day = min(self.end, day0 + i * r.randint(30, 700))
                chan = r.choice(('STORE', 'AGENT', 'AGENT', 'EKYC_APP'))
                dealer = self.local_dealer(c, chan.lower(), p.rprov) if chan != 'EKYC_APP' else None
                dev = self.phone_of(p)[0] if chan == 'EKYC_APP' else None
                self.person_row(p, c, self.at(day, 'shop'), chan, (0, 0, 'legit_name_variant'),
                                'normal', dealer, dev=dev, name=forms[i], raw_name=True,
                                fu=self.phone_of(p)[i % 2])
            budget -= k

    def gen_typo(self, budget):
        r = self.rng
        while budget > 0:
            day = self.day_uniform(max(self.start, D_POPDB - 700), self.end)
            c = self.pick_carrier()
            chan = r.choices(('AGENT', 'STORE', 'EKYC_APP'), weights=(60, 25, 15))[0]
            p = self.new_person(day, pool=True)
            dealer = self.local_dealer(c, chan.lower(), p.rprov) if chan != 'EKYC_APP' else None
            idt, idn = self.doc(p, day)
            dob = p.dob
            name = p.name
            t = r.random()
            if t < 0.4:   # one digit of the number mistyped or two adjacent digits swapped
                pos = r.randrange(3 if idt == 'CCCD' else 2, len(idn) - 1)
                if r.random() < 0.5:
                    idn = idn[:pos] + idn[pos + 1] + idn[pos] + idn[pos + 2:]
                else:
                    idn = idn[:pos] + str((int(idn[pos]) + r.randint(1, 9)) % 10) + idn[pos + 1:]
                popdb = 'NOT_FOUND' if r.random() < 0.5 else 'MISMATCH'
            elif t < 0.8:  # DOB typo: day/month swapped, day off by one, year off by one
                d = date.fromordinal(p.dob)
                u = r.random()
                if u < 0.4 and d.day <= 12 and d.day != d.month:
                    nd = date(d.year, d.day, d.month)
                elif u < 0.7:
                    nd = d + timedelta(days=r.choice((-1, 1, 10, -10)))
                else:
                    try:
                        nd = date(d.year + r.choice((-1, 1)), d.month, d.day)
                    except ValueError:
                        nd = d + timedelta(days=365)
                dob = nd.toordinal()
                popdb = 'MISMATCH'
            else:          # name typo
                w = name.split(' ')
                j = r.randrange(len(w))
                w[j] = strip_diac(w[j]) if r.random() < 0.6 else w[j][:-1] + r.choice('nmhtc')
                name = ' '.join(w)
                popdb = 'MISMATCH'
            status = 'ONE_WAY_LOCKED' if r.random() < 0.3 else ('TWO_WAY_LOCKED' if r.random() < 0.05 else 'ACTIVE')
            dev = self.phone_of(p)[0] if chan == 'EKYC_APP' else None
            self.person_row(p, c, self.at(day, 'shop'), chan, (0, 0, 'legit_clerical_typo'),
                            self.base_kind(p, day), dealer, dev=dev, idt=idt, idn=idn, dob=dob,
                            name=name, popdb=popdb, status=status)
            budget -= 1

    def gen_elderly(self, budget):
        r = self.rng
        while budget > 0:
            day = self.day_recent()
            prov = self.pick_prov()
            old = self.new_person(day, profile='elderly', rprov=prov)
            rel = self.new_person(day, age=(day - old.dob) / 365.25 - r.uniform(22, 35), rprov=prov,
                                  surname=old.name.split(' ')[0] if r.random() < 0.6 else None, pool=True)
            c = self.pick_carrier()
            fu = self.new_imei(r.choice(TACS['feature'])) if r.random() < 0.6 else self.phone_of(rel)[1]
            n = 1
            if r.random() < 0.5:
                dev = self.phone_of(rel)[0]
                loc = self.at(day, 'ekyc')
                if budget >= 2 and r.random() < 0.4:   # the relative's own SIM on the same phone
                    self.person_row(rel, c, max(loc - r.randint(86400, 86400 * 300), self.at(self.start, 'ekyc')), 'EKYC_APP',
                                    (0, 0, 'legit_ekyc_self'), 'normal', dev=dev)
                    n = 2
                self.person_row(old, c, loc, 'EKYC_APP', (0, 0, 'legit_elderly_assisted'), 'elderly',
                                dev=dev, fu=fu, fm_kind='elderly')
            else:
                dealer = self.local_dealer(c, 'agent', prov)
                self.person_row(old, c, self.at(day, 'shop'), 'AGENT', (0, 0, 'legit_elderly_assisted'),
                                'elderly', dealer, fu=fu, fm_kind='elderly')
            budget -= n

    def burst_event(self, budget, n_range, dealer, days, profile, pattern, make_person, use_kinds,
                    chan='AGENT', seq_m9=0.6):
        """Many genuine registrations at one point in a few days."""
        r = self.rng
        n = min(budget, r.randint(*n_range))
        c = dealer.carrier
        block = self.m9_block(c, n) if r.random() < seq_m9 else None
        tabs = dealer.tabs
        for i in range(n):
            day = days[r.randrange(len(days))]
            p = make_person(day)
            uk = r.choices([k for k, _ in use_kinds], weights=[w for _, w in use_kinds])[0]
            self.person_row(p, c, self.at(day, profile), chan, (0, 0, pattern), uk, dealer,
                            dev=tabs[0] if r.random() < 0.75 else r.choice(tabs),
                            m9=block[i] if block else None)
        return n

    def gen_promo_day(self, budget):
        r = self.rng
        while budget > 0:
            c = self.pick_carrier()
            dealer = self.complicit_agent(c, big=True)
            day = self.day_uniform()
            prov = dealer.prov
            budget -= self.burst_event(
                budget, (120, 500), dealer, [day], 'shop', 'legit_promo_day',
                lambda d: self.new_person(d, rprov=prov, pool=True),
                (('normal', 50), ('light', 20), ('backup', 20), ('unused', 5), ('student', 5)))

    def gen_factory(self, budget):
        r = self.rng
        fprov = ['027', '024', '074', '075', '030', '026', '019', '031', '080', '072', '022']
        while budget > 0:
            prov = r.choice(fprov)
            c = r.choice(BIG3 + ['VIETTEL'])
            team = self.new_dealer(c, prov, 'mobile', ntabs=r.choice((1, 2, 3)))
            d0 = self.day_uniform()
            days = [d0 + i for i in range(r.choice((1, 1, 2, 3)))]
            budget -= self.burst_event(
                budget, (80, 600), team, days, 'factory', 'legit_factory_onboarding',
                lambda d: self.new_person(d, profile='worker', rprov=prov, bprov=self.mig_prov(),
                                          gender='F' if r.random() < 0.65 else 'M', pool=True),
                (('worker', 85), ('light', 10), ('backup', 5)), chan='STORE', seq_m9=0.7)

    def gen_university(self, budget):
        r = self.rng
        uprov = ['001', '001', '079', '079', '048', '046', '092', '040', '056', '019']
        while budget > 0:
            prov = r.choice(uprov)
            c = r.choice(BIG3)
            booth = self.new_dealer(c, prov, 'mobile', ntabs=r.choice((1, 2)))
            y = r.randint(date.fromordinal(self.start).year, date.fromordinal(self.end).year)
            d0 = ordinal(y, 8, 25) + r.randint(0, 30)
            if d0 > self.end:
                d0 = ordinal(y - 1, 8, 25) + r.randint(0, 30)
            if d0 < self.start:
                d0 = self.day_uniform()
            days = [d0 + i for i in range(r.randint(1, 5))]
            budget -= self.burst_event(
                budget, (100, 700), booth, days, 'store', 'legit_university_enrolment',
                lambda d: self.new_person(d, profile='student', rprov=prov, bprov=self.nat_prov(), pool=True),
                (('student', 90), ('light', 10)), chan='STORE', seq_m9=0.4)

    def gen_border(self, budget):
        r = self.rng
        gates = [('020', 'CN'), ('010', 'CN'), ('022', 'CN'), ('004', 'CN'), ('089', 'KH'), ('072', 'KH'),
                 ('045', 'LA'), ('011', 'LA'), ('040', 'LA')]
        while budget > 0:
            prov, nat = r.choice(gates)
            dealers = [self.adhoc_dealer(c, prov, 'border') for c in (r.choice(BIG3), r.choice(BIG3))]
            ntr = r.randint(10, 60)
            for _ in range(ntr):
                if budget <= 0:
                    break
                day = self.day_uniform()
                p = self.foreigner(day, 'border', nat if r.random() < 0.85 else None)
                p.phone = self.new_phone()
                visits = min(budget, r.choice((1, 1, 1, 2, 2, 3)))
                for v in range(visits):
                    d = dealers[v % 2] if r.random() < 0.7 else r.choice(dealers)
                    dd = min(self.end, day + v * r.randint(1, 200))
                    self.person_row(p, d.carrier, self.at(dd, 'shop'), 'AGENT', (0, 0, 'legit_border_trader'),
                                    'trader', d, popdb='NOT_FOUND' if r.random() < 0.25 else 'UNCHECKED',
                                    prov=prov, fu=p.phone[v % 2])
                budget -= visits

    def tourist_day(self):
        while True:
            d = self.day_uniform()
            if not (COVID_LO <= d <= COVID_HI):
                return d

    def tourist_status(self, day):
        age = self.export - day
        if age > 90 and self.rng.random() < 0.7:
            return 'TERMINATED'
        if age > 45 and self.rng.random() < 0.3:
            return 'ONE_WAY_LOCKED'
        return 'ACTIVE'

    def gen_tourist(self, budget):
        r = self.rng
        airports = ['079', '079', '001', '001', '048', '056', '091']
        kiosks = {}
        while budget > 0:
            prov = r.choice(airports)
            c = r.choice(BIG3)
            key = (prov, c)
            if key not in kiosks:
                kiosks[key] = [self.new_dealer(c, prov, 'airport', ntabs=r.choice((1, 2, 3))) for _ in range(2)]
            k = r.choice(kiosks[key])
            day = self.tourist_day()
            p = self.foreigner(day, 'tourist')
            n = 2 if (budget >= 2 and r.random() < 0.2) else 1
            loc = self.at(day, 'airport')
            for i in range(n):
                q = p if i == 0 else self.foreigner(day, 'tourist', p.nat)
                self.person_row(q, c, loc + i * r.randint(60, 300), 'AGENT', (0, 0, 'legit_tourist_sim'),
                                'tourist', k, status=self.tourist_status(day), popdb='UNCHECKED', prov=prov)
                if len(self.tourist_pool) < 5000:
                    self.tourist_pool.append((q, day, k))
            budget -= n

    def gen_campaign_locked(self, budget):
        r = self.rng
        crack = self.scenario == 'crackdown'
        while budget > 0:
            day = self.day_uniform(self.start, min(self.end, D_POPDB - 30)) if r.random() < 0.85 else self.day_uniform()
            c = self.pick_carrier()
            chan = r.choices(('AGENT', 'STORE'), weights=(75, 25))[0]
            p = self.new_person(day, profile='rural' if r.random() < 0.5 else 'mixed')
            dealer = self.local_dealer(c, chan.lower(), p.rprov)
            if r.random() < 0.6:
                p.cccd_from = 10 ** 7   # still on the old CMND
            u = r.random()
            popdb = 'MISMATCH' if u < 0.55 else ('NOT_FOUND' if u < 0.7 else 'UNCHECKED')
            if crack:
                st = r.choices(('ONE_WAY_LOCKED', 'TWO_WAY_LOCKED', 'TERMINATED'), weights=(45, 40, 15))[0]
            else:
                st = r.choices(('ONE_WAY_LOCKED', 'TWO_WAY_LOCKED'), weights=(80, 20))[0]
            self.person_row(p, c, self.at(day, 'shop'), chan, (0, 0, 'legit_campaign_locked'),
                            self.base_kind(p, day), dealer, popdb=popdb, status=st)
            budget -= 1

    def gen_recycled(self, budget):
        r = self.rng
        while budget > 0:
            c = self.pick_carrier()
            m9 = self.new_m9(c)
            mstr = self.fmt_msisdn(c, m9)
            if budget >= 2:
                # history row: an old subscription on this number, since revoked
                d_old = self.day_uniform(self.start, self.start + (self.end - self.start) // 2)
                old = self.new_person(d_old)
                dealer = self.local_dealer(c, 'agent', old.rprov)
                junk_like = r.random() < 0.5
                self.person_row(old, c, self.at(d_old, 'shop'), 'AGENT', None,
                                'unused' if junk_like else 'normal', dealer, mstr=mstr,
                                selfie=None if junk_like else 'live',
                                popdb='UNCHECKED' if junk_like else None, status='TERMINATED')
                lo = d_old + 180
                budget -= 1
            else:
                lo = self.start
            day = self.day_uniform(min(lo, self.end), self.end)
            p = self.new_person(day, pool=True)
            chan = r.choice(('AGENT', 'STORE', 'EKYC_APP'))
            dealer = self.local_dealer(c, chan.lower(), p.rprov) if chan != 'EKYC_APP' else None
            dev = self.phone_of(p)[0] if chan == 'EKYC_APP' else None
            self.person_row(p, c, self.at(day, 'shop'), chan, (0, 0, 'legit_recycled_number'),
                            self.base_kind(p, day), dealer, dev=dev, mstr=mstr)
            budget -= 1

    def gen_ported(self, budget):
        r = self.rng
        while budget > 0:
            src = r.choice(BIG3 + ['VIETNAMOBILE'])
            dst = r.choice([x for x in BIG3 + ['ITEL', 'VIETNAMOBILE'] if x != src])
            m9 = self.new_m9(src)
            day = self.day_recent(max(self.start, ordinal(2019, 1, 1)), self.end)
            p = self.new_person(day, profile='adult', pool=True)
            dealer = self.local_dealer(dst, 'store', p.rprov)
            self.person_row(p, dst, self.at(day, 'store'), 'STORE', (0, 0, 'legit_ported_in'),
                            'normal', dealer, m9=m9)
            budget -= 1

    # ---------------------------------------------------------------------
    # fraud
    # ---------------------------------------------------------------------
    def fraud_label(self, base, stealth, junk=1, non_owner=1):
        return (junk, non_owner, base + ('_stealth' if stealth else ''))

    def gen_preact(self, budget, fabricated):
        r = self.rng
        base = 'preact_fabricated_docs' if fabricated else 'preact_leaked_docs'
        while budget > 0:
            stealth = r.random() < self.stealth
            c = self.pick_carrier(fraud=True)
            dealer = self.complicit_agent(c, big=stealth)
            label = self.fraud_label(base, stealth, 1, 0 if fabricated else 1)
            if stealth:
                n = min(budget, r.randint(10, 60))
                d0 = self.day_uniform(self.start, self.end - 40)
                span = r.randint(7, 35)
                locs = sorted(self.at(d0 + r.randrange(span), 'shop') for _ in range(n))
                ids = [None] * n
                m9s = [self.new_m9(c) for _ in range(n)]
            else:
                n = min(budget, int(math.exp(r.uniform(math.log(25), math.log(320)))))
                d0 = self.day_uniform(self.start, self.end - 5)
                loc = self.at(d0, 'night' if r.random() < 0.5 else 'shop')
                locs = []
                for _ in range(n):
                    locs.append(loc)
                    loc += r.randint(15, 100)
                ids = self.fresh_pack(c, n)
                m9s = self.m9_block(c, n) if r.random() < 0.7 else [self.new_m9(c) for _ in range(n)]
            tab = dealer.tablet(r)
            day0 = self.day_of(locs[0])
            # selfie mode for the batch
            if day0 < D_SELFIE_COMMON and not stealth:
                smode = 'none' if r.random() < 0.8 else 'stock'
            elif stealth:
                smode = 'synthetic' if fabricated else 'idphoto'
            else:
                smode = r.choice(('none', 'stock', 'stock' if fabricated else 'idphoto'))
            stock_imgs = [r.getrandbits(64) for _ in range(r.randint(2, 6))]
            leak_prov = self.nat_prov()
            prev = None
            reuse_left = 0
            for i in range(n):
                loc = locs[i]
                day = self.day_of(loc)
                if fabricated:
                    p = self.fabricated_person(day, stealth, i, prev)
                else:
                    if reuse_left > 0 and prev is not None:
                        p = prev
                        reuse_left -= 1
                    else:
                        p = self.victim(day) if (stealth or r.random() < 0.3) else \
                            self.new_person(day, profile='mixed', bprov=leak_prov if r.random() < 0.6 else None,
                                            rprov=leak_prov)
                        if r.random() < 0.2:
                            reuse_left = r.randint(1, 2)
                prev = p
                if smode == 'none':
                    sel, fmv = None, None
                elif smode == 'stock':
                    sel, fmv = self.flip(r.choice(stock_imgs), r.choice((0, 0, 1))), self.fm('stock')
                elif smode == 'idphoto':
                    sel, fmv = self.capture(self.id_photo(p)), self.fm('idphoto')
                else:
                    sel, fmv = r.getrandbits(64), self.fm('synthetic')
                if fabricated:
                    if day < D_POPDB:     # re-checked (or not) in the 2023 campaign
                        u = r.random()
                        popdb = 'UNCHECKED' if u < 0.45 else ('NOT_FOUND' if u < 0.8 else 'MISMATCH')
                    else:
                        popdb = 'NOT_FOUND' if r.random() < 0.55 else 'MISMATCH'
                else:
                    popdb = 'MATCH' if (day >= D_POPDB or r.random() < 0.5) else 'UNCHECKED'
                if stealth:
                    uk = 'resold_stealth' if r.random() < 0.7 else 'unused'
                else:
                    uk = 'unused' if r.random() < 0.6 else 'resold'
                use_fu = uk != 'unused' or r.random() < 0.3
                fu = self.new_imei(self.phone_tac()) if use_fu else ''
                idt, idn = (p.fab_doc if fabricated else self.doc(p, day))
                self.person_row(p, c, loc, 'AGENT', label, uk, dealer, dev=tab if not stealth else None,
                                m9=m9s[i], ids=ids[i], selfie=sel, fm=fmv, popdb=popdb,
                                status=self.status_fraud(day, uk, popdb, stealth), fu=fu,
                                idt=idt, idn=idn, dob=p.dob, prov=dealer.prov)
            budget -= n

    def fabricated_person(self, day, stealth, i, prev):
        """A person who does not exist. Easy: template names, round birth dates,
        CCCD digits that disagree with the declared DOB / gender, sequential
        numbers. Stealthy: structurally consistent."""
        r = self.rng
        p = Person()
        p.nat, p.phone, p.passport, p.idface = 'VN', None, None, None
        p.face = r.getrandbits(64)
        byear = r.randint(1965, 2003)
        if stealth:
            p.gender = 'M' if r.random() < 0.5 else 'F'
            p.dob = ordinal(byear, 1, 1) + r.randrange(365)
            p.bprov = p.rprov = self.pick_prov() if r.random() < 0.7 else self.nat_prov()
            p.name = self.vn_name(p.gender, byear, p.bprov)
            n = self.new_cccd(p.bprov, p.gender, byear)
        else:
            p.name = r.choice(FAB_NAMES) if r.random() < 0.6 else self.vn_name('M' if r.random() < .5 else 'F', byear, '001')
            p.gender = 'F' if ' Thị ' in p.name else 'M'
            p.dob = ordinal(byear, 1, 1) if r.random() < 0.5 else ordinal(byear, r.randint(1, 12), r.choice((1, 10, 15, 20)))
            p.bprov = p.rprov = r.choice(PCODES)
            if prev is not None and getattr(prev, 'fab_doc', None) and r.random() < 0.35 and prev.fab_doc[0] == 'CCCD':
                n = '%012d' % (int(prev.fab_doc[1]) + 1)        # typed sequentially
                if n[:3] not in PROVINCES or n in self.used_id:
                    n = self.new_cccd(p.bprov, p.gender, byear)
                else:
                    self.used_id.add(n)
            else:
                yy = byear if r.random() < 0.7 else r.randint(1960, 2005)
                g = p.gender if r.random() < 0.85 else ('F' if p.gender == 'M' else 'M')
                n = self.new_cccd(p.bprov, g, yy)
        if day < ordinal(2021, 6, 1) and r.random() < 0.6:
            # legacy 9-digit CMND typed from a template
            pf = CMND_PFX[p.bprov]
            n2 = pf + '%0*d' % (9 - len(pf), r.randrange(10 ** (9 - len(pf))))
            p.fab_doc = ('CMND', n2)
        else:
            p.fab_doc = ('CCCD', n)
        return p

    def gen_theft_ring(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('id_theft_ring', stealth)
            ops = [r.getrandbits(64) for _ in range(r.randint(2, 3) if stealth else 1)]
            phones = [self.new_imei(self.phone_tac()) for _ in range(r.randint(3, 6) if stealth else 1)]
            if stealth:
                n = min(budget, r.randint(15, 80))
                span = r.randint(30, 180)
            else:
                n = min(budget, r.randint(20, 120))
                span = r.randint(1, 10)
            d0 = self.day_uniform(max(self.start, D_SELFIE_COMMON), self.end - span)
            carriers = [self.pick_carrier(fraud=True) for _ in range(1 if not stealth else 4)]
            done = 0
            while done < n:
                day = d0 + r.randrange(span + 1)
                p = self.victim(day, 20)
                k = min(n - done, r.choice((1, 1, 1, 2)) if stealth else r.choice((1, 2, 3, 3)))
                c = r.choice(carriers)
                for j in range(k):
                    loc = self.at(day, 'ekyc' if stealth or r.random() < 0.6 else 'night') + j * r.randint(60, 600)
                    dev = r.choice(phones)
                    if stealth and r.random() < 0.5:
                        sel, fmv = self.capture(self.id_photo(p)), self.fm('idphoto')
                    else:
                        sel = self.capture(r.choice(ops))
                        fmv = self.fm('wrong') if not stealth else min(0.8, self.fm('wrong') + 0.25)
                    chan = 'ONLINE' if stealth and r.random() < 0.2 else 'EKYC_APP'
                    popdb = 'MATCH' if day >= D_POPDB or r.random() < 0.6 else 'UNCHECKED'
                    uk = r.choice(('scam_stealth', 'otp_stealth', 'resold_stealth')) if stealth else \
                        ('scam' if r.random() < 0.7 else 'otp')
                    fu = dev if (not stealth and r.random() < 0.5) else self.new_imei(self.phone_tac())
                    self.person_row(p, c, loc, chan, label, uk, dev=dev if chan == 'EKYC_APP' else '',
                                    selfie=sel, fm=fmv, popdb=popdb,
                                    status=self.status_fraud(day, uk.replace('_stealth', ''), popdb, stealth),
                                    fu=fu, prov=p.rprov if r.random() < 0.5 else self.pick_prov())
                done += k
            budget -= n

    def gen_dealer_extra(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            c = self.pick_carrier(fraud=r.random() < 0.5)
            dealer = self.complicit_agent(c, big=True)
            ncust = r.randint(5, 40) if not stealth else r.randint(5, 25)
            label = self.fraud_label('dealer_extra_sims', stealth)
            d0 = self.day_uniform(max(self.start, D_SELFIE_COMMON - 200), self.end - 30)
            for _ in range(ncust):
                if budget <= 0:
                    break
                day = d0 + r.randint(0, 120)
                p = self.new_person(day, rprov=dealer.prov, pool=True)
                loc = self.at(day, 'shop')
                tab = dealer.tablet(r)
                sel = self.capture(p.face) if self.has_selfie(day, 'AGENT') else None
                fmv = self.fm('live') if sel is not None else None
                popdb = self.popdb_legit(day)
                self.person_row(p, c, loc, 'AGENT', (0, 0, 'legit_walkin_doc_abused'),
                                self.base_kind(p, day), dealer, dev=tab, selfie=sel, fm=fmv, popdb=popdb)
                budget -= 1
                k = min(budget, r.choice((1, 1, 2, 3)) if not stealth else r.choice((1, 1, 2)))
                for j in range(k):
                    if stealth:
                        l2 = loc + r.randint(1, 20) * 86400 + r.randint(-3 * 3600, 3 * 3600)
                        dev2 = r.choice(dealer.tabs)
                        fm2 = fmv if (fmv is None or r.random() < 0.7) else min(0.99, fmv + r.uniform(-0.01, 0.01))
                        uk = 'resold_stealth' if r.random() < 0.75 else 'unused'
                    else:
                        l2 = loc + r.randint(30, 900) * (j + 1)
                        dev2, fm2 = tab, fmv
                        uk = 'unused' if r.random() < 0.6 else 'resold'
                    d2 = self.day_of(l2)
                    st = self.status_fraud(d2, uk, popdb, stealth)
                    if st == 'ACTIVE' and d2 >= ordinal(2024, 3, 15) and r.random() < 0.2:
                        st = 'TWO_WAY_LOCKED'      # the customer found it in VNeID and complained
                    self.person_row(p, c, l2, 'AGENT', label, uk, dealer, dev=dev2, selfie=sel, fm=fm2,
                                    popdb=popdb, status=st,
                                    fu='' if uk == 'unused' else self.new_imei(self.phone_tac()))
                budget -= k

    def gen_sim_farm(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('sim_farm_bought_ids', stealth)
            n = min(budget, r.randint(40, 400) if not stealth else r.randint(30, 200))
            prov = self.pick_prov()
            agents = [self.complicit_agent(self.pick_carrier(fraud=True), big=stealth)
                      for _ in range(r.randint(1, 3))]
            farm_phones = [self.new_imei(self.phone_tac()) for _ in range(r.randint(1, 3))]
            if not stealth:
                ports = []
                for _ in range(r.randint(1, 4)):
                    ports += self.imei_series(r.choice(TACS['gateway']), r.choice((8, 16, 32, 64)))
            d0 = self.day_uniform(max(self.start, ordinal(2020, 1, 1)), self.end - 60)
            span = r.randint(2, 14) if not stealth else r.randint(30, 120)
            mode = r.choice(('otp', 'simbox'))
            done = 0
            while done < n:
                day = d0 + r.randrange(span + 1)
                p = self.new_person(day, age=r.uniform(18, 28) if r.random() < 0.7 else r.uniform(50, 68),
                                    rprov=self.mig_prov() if r.random() < 0.6 else prov)
                img = self.capture(p.face)
                k = min(n - done, r.randint(3, 12) if not stealth else r.randint(2, 4))
                online = {}
                loc = self.at(day, 'shop')
                for j in range(k):
                    a = r.choice(agents)
                    c = a.carrier
                    chan = 'AGENT'
                    if online.get(c, 0) < 3 and r.random() < 0.3:
                        chan = 'EKYC_APP'
                        online[c] = online.get(c, 0) + 1
                    if stealth:
                        loc = self.at(d0 + r.randrange(span + 1), 'shop')
                        sel = self.capture(p.face)
                        fu = self.new_imei(self.phone_tac())
                        uk = 'otp_stealth' if mode == 'otp' else 'scam_stealth'
                    else:
                        loc += r.randint(40, 400)
                        sel = img
                        fu = r.choice(ports)
                        uk = mode
                    popdb = 'MATCH' if day >= D_POPDB or r.random() < 0.5 else 'UNCHECKED'
                    if chan == 'AGENT':
                        self.person_row(p, c, loc, chan, label, uk, a, selfie=sel, fm=self.fm('live'),
                                        popdb=popdb, status=self.status_fraud(day, uk, popdb, stealth), fu=fu)
                    else:
                        self.person_row(p, c, loc, chan, label, uk, dev=r.choice(farm_phones), selfie=sel,
                                        fm=self.fm('live'), popdb=popdb,
                                        status=self.status_fraud(day, uk, popdb, stealth), fu=fu)
                done += k
            budget -= n

    def gen_otp_rental(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('otp_rental_ids', stealth)
            n = min(budget, r.randint(30, 250))
            phones = [self.new_imei(self.phone_tac()) for _ in range(r.randint(3, 7) if stealth else r.randint(1, 2))]
            modems = [self.new_imei(r.choice(TACS['modem'])) for _ in range(r.randint(4, 40))]
            d0 = self.day_uniform(max(self.start, ordinal(2020, 6, 1)), self.end - 40)
            span = r.randint(1, 4) if not stealth else r.randint(30, 150)
            carriers = [self.pick_carrier(fraud=True) for _ in range(6)]
            done = 0
            while done < n:
                day = d0 + r.randrange(span + 1)
                p = self.new_person(day, age=r.uniform(18, 26) if r.random() < 0.75 else r.uniform(27, 60))
                k = min(n - done, r.randint(3, 9))
                cnt = {}
                loc = self.at(day, 'ekyc')
                for j in range(k):
                    c = r.choice(carriers)
                    cnt[c] = cnt.get(c, 0) + 1
                    if stealth:
                        loc = self.at(d0 + r.randrange(span + 1), 'ekyc')
                    else:
                        loc += r.randint(60, 600)
                    uk = 'otp_stealth' if stealth else 'otp'
                    fu = self.new_imei(self.phone_tac()) if stealth else r.choice(modems)
                    popdb = 'MATCH' if day >= D_POPDB or r.random() < 0.6 else 'UNCHECKED'
                    st = self.status_fraud(day, 'otp', popdb, stealth)
                    if cnt[c] <= 3:     # app: at most 3 numbers per document per carrier
                        self.person_row(p, c, loc, 'EKYC_APP', label, uk, dev=r.choice(phones), popdb=popdb,
                                        status=st, fu=fu)
                    else:
                        self.person_row(p, c, loc, 'AGENT', label, uk, self.complicit_agent(c), popdb=popdb,
                                        status=st, fu=fu)
                done += k
            budget -= n

    def gen_agent_own_id(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('agent_own_id_mass', stealth)
            c = self.pick_carrier(fraud=True)
            dealer = self.complicit_agent(c, big=stealth)
            d0 = self.day_uniform(self.start, self.end - 30)
            owner = self.new_person(d0, profile='adult', rprov=dealer.prov)
            ids_people = [owner]
            if stealth:
                sur = owner.name.split(' ')[0]
                ids_people.append(self.new_person(d0, profile='adult', rprov=dealer.prov,
                                                  gender='F' if owner.gender == 'M' else 'M'))
                for _ in range(r.randint(0, 2)):
                    ids_people.append(self.new_person(d0, profile='worker', rprov=dealer.prov,
                                                      surname=sur if r.random() < 0.3 else None))
            if stealth:
                n = min(budget, r.randint(40, 220))
                span = r.randint(60, 240)
            else:
                n = min(budget, int(math.exp(r.uniform(math.log(80), math.log(800)))))
                span = r.randint(1, 10)
            ids = None if stealth else self.fresh_pack(c, n)
            m9s = self.m9_block(c, n) if (not stealth and r.random() < 0.5) else [self.new_m9(c) for _ in range(n)]
            img = {id(q): self.capture(q.face) for q in ids_people}
            fmv = {id(q): self.fm('live') for q in ids_people}
            tab = dealer.tablet(r)
            locs = sorted(self.at(d0 + r.randrange(span + 1), 'shop' if stealth or r.random() < 0.7 else 'night')
                          for _ in range(n))
            for i in range(n):
                q = ids_people[i % len(ids_people)] if stealth else owner
                day = self.day_of(locs[i])
                if stealth:
                    sel, fm_ = self.capture(q.face), self.fm('live')
                    uk = 'resold_stealth' if r.random() < 0.7 else 'unused'
                else:
                    sel, fm_ = (img[id(q)], fmv[id(q)]) if r.random() < 0.8 else (self.capture(q.face), self.fm('live'))
                    uk = 'unused' if r.random() < 0.5 else 'resold'
                if day < D_SELFIE_COMMON and r.random() < 0.7:
                    sel, fm_ = None, None
                popdb = 'MATCH' if day >= D_POPDB or r.random() < 0.6 else 'UNCHECKED'
                self.person_row(q, c, locs[i], 'AGENT', label, uk, dealer, dev=tab if not stealth else None,
                                m9=m9s[i], ids=None if ids is None else ids[i], selfie=sel, fm=fm_,
                                popdb=popdb, status=self.status_fraud(day, uk, popdb, stealth),
                                fu='' if uk == 'unused' else self.new_imei(self.phone_tac()))
            budget -= n

    def gen_doc_reuse(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('doc_reuse_cross_province', stealth)
            ndocs = r.randint(5, 30)
            d0 = self.day_uniform(max(self.start, ordinal(2020, 1, 1)), self.end - 20)
            for _ in range(ndocs):
                if budget <= 0:
                    break
                p = self.victim(d0)
                nprov = r.randint(3, 6) if not stealth else r.randint(2, 3)
                provs = r.sample(PCODES, nprov)
                loc = self.at(d0 + r.randint(0, 3), 'shop')
                for pv in provs:
                    if budget <= 0:
                        break
                    c = self.pick_carrier(fraud=True)
                    dealer = self.adhoc_dealer(c, pv)
                    loc += r.randint(1200, 7200) if not stealth else r.randint(1, 7) * 86400 + r.randint(-7200, 7200)
                    day = self.day_of(loc)
                    k = min(budget, 1 if r.random() < 0.75 else 2)
                    for j in range(k):
                        if day < D_SELFIE_COMMON or r.random() < 0.3:
                            sel, fmv = None, None
                        else:
                            sel, fmv = self.capture(self.id_photo(p), 3), self.fm('idphoto')
                        popdb = 'MATCH' if day >= D_POPDB or r.random() < 0.5 else 'UNCHECKED'
                        uk = r.choice(('scam_stealth', 'resold_stealth')) if stealth else r.choice(('scam', 'resold', 'unused'))
                        self.person_row(p, c, loc + j * r.randint(60, 300), 'AGENT', label, uk, dealer,
                                        selfie=sel, fm=fmv, popdb=popdb,
                                        status=self.status_fraud(day, uk, popdb, stealth), prov=pv,
                                        fu='' if uk == 'unused' else self.new_imei(self.phone_tac()))
                    budget -= k

    def gen_deceased(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('deceased_elderly_docs', stealth)
            c = self.pick_carrier(fraud=True)
            dealer = self.complicit_agent(c, big=stealth)
            if stealth:
                n = min(budget, r.randint(10, 50))
                d0, span = self.day_uniform(self.start, self.end - 120), r.randint(30, 120)
            else:
                n = min(budget, r.randint(15, 100))
                d0, span = self.day_uniform(self.start, self.end - 5), r.randint(0, 1)
            stock_img = r.getrandbits(64)
            for i in range(n):
                day = d0 + r.randint(0, span)
                p = self.new_person(day, age=r.uniform(82, 101) if not stealth else r.uniform(74, 88),
                                    rprov=dealer.prov, bprov=dealer.prov if r.random() < 0.8 else None)
                if not stealth and r.random() < 0.7:
                    p.cccd_from = 10 ** 7       # document is an old CMND
                if stealth:
                    sel, fmv = (self.capture(self.id_photo(p)), self.fm('idphoto')) if day >= D_SELFIE_COMMON else (None, None)
                    popdb = 'MATCH' if day >= D_POPDB else 'UNCHECKED'
                    uk = r.choice(('scam_stealth', 'resold_stealth', 'otp_stealth'))
                else:
                    u = r.random()
                    sel, fmv = (None, None) if u < 0.4 or day < D_SELFIE_COMMON else (
                        (self.flip(stock_img, r.choice((0, 1))), self.fm('stock')) if u < 0.7 else
                        (self.capture(self.id_photo(p)), self.fm('idphoto')))
                    popdb = 'NOT_FOUND' if r.random() < 0.5 else ('MATCH' if day >= D_POPDB else 'UNCHECKED')
                    uk = r.choices(('unused', 'scam', 'resold'), weights=(5, 3, 2))[0]
                self.person_row(p, c, self.at(day, 'shop'), 'AGENT', label, uk, dealer, selfie=sel, fm=fmv,
                                popdb=popdb, status=self.status_fraud(day, uk, popdb, stealth),
                                fu='' if uk == 'unused' else self.new_imei(self.phone_tac()))
            budget -= n

    def gen_tourist_resold(self, budget):
        r = self.rng
        airports = ['079', '001', '048', '056', '091']
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('tourist_passport_resold', stealth)
            prov = r.choice(airports)
            c = r.choice(BIG3 + ['VIETNAMOBILE', 'ITEL'])
            kiosk = self.new_dealer(c, prov, 'airport', ntabs=r.choice((1, 2)))
            ntour = r.randint(5, 30)
            night = self.tourist_day()
            for _ in range(ntour):
                if budget <= 0:
                    break
                day = self.tourist_day()
                p = self.foreigner(day, 'tourist', r.choice(('CN', 'CN', 'KR', 'KR', 'TW', 'JP', 'RU')))
                loc = self.at(day, 'airport')
                sel = self.capture(p.face)
                fmv = self.fm('live')
                self.person_row(p, c, loc, 'AGENT', (0, 0, 'legit_tourist_doc_abused'), 'tourist', kiosk,
                                selfie=sel, fm=fmv, popdb='UNCHECKED', status=self.tourist_status(day), prov=prov)
                budget -= 1
                k = min(budget, r.randint(2, 6) if not stealth else r.randint(1, 3))
                for j in range(k):
                    if stealth:
                        d2 = day + r.randint(5, 60)
                        l2 = self.at(d2, 'airport')
                    else:
                        d2 = max(day + 3, night)
                        l2 = self.at(d2, 'night') + j * 60
                        d2 = self.day_of(l2)
                    if d2 > self.end:
                        d2 = self.end
                        l2 = self.at(d2, 'airport')
                    uk = ('scam_stealth' if stealth else 'scam') if r.random() < 0.6 else ('otp_stealth' if stealth else 'otp')
                    self.person_row(p, c, l2, 'AGENT', label, uk, kiosk, selfie=sel if r.random() < 0.8 else None,
                                    fm=fmv, popdb='UNCHECKED', status=self.status_fraud(d2, uk, 'UNCHECKED', stealth),
                                    fu=self.new_imei(self.phone_tac()), prov=prov)
                budget -= k

    def gen_deepfake(self, budget):
        r = self.rng
        while budget > 0:
            stealth = r.random() < self.stealth
            label = self.fraud_label('deepfake_ekyc_fabricated', stealth, 1, 0)
            n = min(budget, r.randint(30, 250) if not stealth else r.randint(20, 120))
            d0 = self.day_uniform(max(self.start, ordinal(2021, 1, 1)), self.end - 30)
            span = r.randint(1, 7) if not stealth else r.randint(20, 120)
            emu = EMULATOR_TAC + '111111'
            emu = emu + luhn_digit(emu)
            if not stealth:
                ports = self.imei_series(r.choice(TACS['gateway']), 32)
            c = self.pick_carrier(fraud=True)
            done = 0
            while done < n:
                day = d0 + r.randrange(span + 1)
                p = self.fabricated_person(day, True, 0, None)
                if p.fab_doc[0] != 'CCCD':      # the app only takes chip CCCDs
                    p.fab_doc = ('CCCD', self.new_cccd(p.bprov, p.gender, date.fromordinal(p.dob).year))
                k = min(n - done, r.randint(1, 3))
                cc = c if not stealth else self.pick_carrier(fraud=True)
                for j in range(k):
                    loc = self.at(day, 'night' if not stealth and r.random() < 0.5 else 'ekyc') + j * 300
                    dev = emu if not stealth else self.new_imei(self.phone_tac())
                    u = r.random()
                    popdb = 'NOT_FOUND' if u < 0.45 else ('MISMATCH' if u < 0.85 or day >= D_POPDB else 'UNCHECKED')
                    uk = (r.choice(('scam', 'otp')) if not stealth else r.choice(('scam_stealth', 'otp_stealth')))
                    self.person_row(p, cc, loc, 'EKYC_APP', label, uk, dev=dev, selfie=self.capture(p.face),
                                    fm=self.fm('synthetic'), popdb=popdb,
                                    status=self.status_fraud(day, uk, popdb, stealth),
                                    fu=r.choice(ports) if not stealth else self.new_imei(self.phone_tac()),
                                    idt='CCCD', idn=p.fab_doc[1])
                done += k
            budget -= n

    # ---------------------------------------------------------------------
    def run(self):
        N = self.N
        sc = self.sc
        budgets = {}
        for k in LEGIT_KEYS:
            budgets[k] = int(round(N * sc['legit'].get(k, 0)))
        for k in FRAUD_KEYS:
            budgets[k] = int(round(N * sc['fraud'].get(k, 0)))
        special = sum(budgets.values())
        if special > N:
            scale = N / special
            for k in budgets:
                budgets[k] = int(budgets[k] * scale)
            special = sum(budgets.values())
        base = N - special
        self.gen_base(base)            # first: fills the victim pool
        gens = dict(
            multi_sim=self.gen_multi_sim, family=self.gen_family,
            org_iot=lambda b: self.gen_org('iot', b), org_fleet=lambda b: self.gen_org('fleet', b),
            org_callcentre=lambda b: self.gen_org('callcentre', b), org_staff=lambda b: self.gen_org('staff', b),
            name_variant=self.gen_name_variant, typo=self.gen_typo, elderly=self.gen_elderly,
            promo_day=self.gen_promo_day, factory=self.gen_factory, university=self.gen_university,
            border=self.gen_border, tourist=self.gen_tourist, campaign_locked=self.gen_campaign_locked,
            recycled=self.gen_recycled, ported=self.gen_ported,
            preact_leaked=lambda b: self.gen_preact(b, False),
            preact_fabricated=lambda b: self.gen_preact(b, True),
            theft_ring=self.gen_theft_ring, dealer_extra=self.gen_dealer_extra, sim_farm=self.gen_sim_farm,
            otp_rental=self.gen_otp_rental, agent_own_id=self.gen_agent_own_id, doc_reuse=self.gen_doc_reuse,
            deceased=self.gen_deceased, tourist_resold=self.gen_tourist_resold, deepfake=self.gen_deepfake,
            org_shell=lambda b: self.gen_org('shell', b, fraud=True))
        for k in LEGIT_KEYS + FRAUD_KEYS:
            if budgets[k] > 0:
                before = len(self.rows)
                gens[k](budgets[k])
                assert len(self.rows) - before == budgets[k], (k, len(self.rows) - before, budgets[k])

    def finalize(self):
        """Hand out each dealer's stock ICCIDs in registration-time order, in
        packs (a jump between packs, an occasional damaged card inside one)."""
        r = self.rng
        for d in self.all_dealers:
            st = d.stock
            if not st.items:
                continue
            st.items.sort()
            left = cur = skipped = 0
            for _, _, ri in st.items:
                if left == 0:
                    cur = self.icc_ctr[st.carrier] + r.randint(1, 20000)
                    self.icc_ctr[st.carrier] = cur + 2 * st.pack
                    left, skipped = st.pack, 0
                if skipped < st.pack // 2 and r.random() < 0.03:
                    cur += 1       # a damaged / returned card
                    skipped += 1
                imsi, iccid = self.iccid_body(st.carrier, cur)
                if st.carrier == 'LOCAL':
                    iccid = ''
                self.rows[ri][4] = imsi + ',' + iccid
                cur += 1
                left -= 1

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        self.rows.sort(key=lambda x: (x[0], x[1], x[2]))
        with open(os.path.join(outdir, 'batch.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(','.join(HEADER) + '\r\n')
            buf = []
            for row in self.rows:
                buf.append(row[3] + row[4] + ',' + row[5] + '\r\n')
                if len(buf) >= 5000:
                    f.write(''.join(buf))
                    buf = []
            f.write(''.join(buf))
        written = set()
        with open(os.path.join(outdir, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write('carrier,msisdn,junk,non_owner,pattern\r\n')
            buf = []
            for row in self.rows:
                key = row[3]
                if key in written:
                    continue
                lab = self.labels.get(key)
                if lab is None:
                    continue
                written.add(key)
                buf.append('%s%d,%d,%s\r\n' % (key, lab[0], lab[1], lab[2]))
            f.write(''.join(buf))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--scenario', default='metro', choices=sorted(SCENARIOS))
    ap.add_argument('--out', required=True)
    a = ap.parse_args(argv)
    if a.rows < 1:
        ap.error('--rows must be positive')
    t0 = time.time()
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.finalize()
    g.write(a.out)
    print('indep6: %d rows, %d subscriptions, scenario %s, seed %d -> %s (%.1f s)' % (
        len(g.rows), len(g.labels), a.scenario, a.seed, a.out, time.time() - t0), file=sys.stderr)


if __name__ == '__main__':
    main()
