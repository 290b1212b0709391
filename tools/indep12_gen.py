#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep12_gen.py - independent synthetic population generator for testing a
Vietnamese SIM-registration fraud auditor.

Written only from the batch-format contract and the Vietnam domain fact sheet.
Python 3 standard library only.

    python3 tools/indep12_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep12_gen.py --list-scenarios

Writes DIR/batch.csv (the registration batch columns) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern; one row per subscription, msisdn
normalised to 84 + 9 digits, carrier upper case).  When a subscription appears
several times in the batch (history rows), the label describes the current
state, i.e. the row with the latest registered_at.

Every random draw comes from generators seeded with the string
"indep12|rows|seed|scenario" (plus a fixed suffix per sub-generator), so the
same arguments give byte-identical output.

Model in brief
  * households of persons (Kinh and ethnic-minority names, diacritics, CCCD built
    from birth province / century-gender digit / birth year, CMND before the CCCD
    roll-out), 1..9 SIMs each across carriers with market shares, channels by era
    and age, Decree 163 Art. 16 (4th+ number per document in person);
  * points of sale per carrier and province with Pareto volumes, shop tablets,
    SIM-kit stacks (consecutive ICCIDs/IMSIs drawn in time order);
  * fraud patterns and legitimate look-alikes, see PATTERNS / --list-patterns;
  * "stealth" of a scenario = expected share of fraud rows coming from groups that
    avoid the blatant traces (night bursts, consecutive ICCIDs, reused faces,
    low face match, SIM-box IMEIs, 4+ numbers per document).
Facts that the domain sheet marks UNCONFIRMED (MVNO prefixes / MNCs, ICCID issuer
of Viettel and others, CMND prefixes, tax-code check digit) are modelling choices.
"""

import argparse
import bisect
import datetime
import os
import random
import sys
import unicodedata

BATCH_COLUMNS = [
    'carrier', 'msisdn', 'imsi', 'iccid', 'subscriber_type', 'id_type', 'id_number',
    'full_name', 'date_of_birth', 'gender', 'nationality', 'province', 'registered_at',
    'channel', 'agent_id', 'device_imei', 'selfie_hash', 'face_match', 'popdb_check',
    'status', 'first_use_imei', 'active_days_30d', 'out_calls_30d', 'in_calls_30d',
    'out_sms_30d', 'in_sms_30d', 'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']
LABEL_COLUMNS = ['carrier', 'msisdn', 'junk', 'non_owner', 'pattern']

# row list indices
I_CARRIER, I_MSISDN, I_IMSI, I_ICCID = 0, 1, 2, 3
I_TS = 12
I_STOCK = 29          # internal: stock (Agent) from which the ICCID is drawn later

# ---------------------------------------------------------------------------
# Pattern catalogue: name -> (junk, non_owner, kind, description)
# ---------------------------------------------------------------------------
PATTERNS = {
    # fraud
    'preact_leaked_ids': (1, 1, 'fraud', 'dealer pre-activates stock on leaked real identities, sold over the counter'),
    'preact_fabricated_ids': (1, 0, 'fraud', 'pre-activation on fabricated documents (template CMND, invented CCCD)'),
    'dealer_extra_sims': (1, 1, 'fraud', 'dealer adds extra SIMs to a walk-in customer\'s documents'),
    'identity_theft_ring': (1, 1, 'fraud', 'ring uses stolen ID cards across carriers/shops/provinces for scams'),
    'agent_own_id_mass': (1, 1, 'fraud', 'agent activates many SIMs on own/relatives\' IDs for resale'),
    'sim_farm_bought_ids': (1, 1, 'fraud', 'SIM farm / SIM box on bought or rented identities'),
    'otp_resale': (1, 1, 'fraud', 'SIMs kept in modem pools to sell OTP receptions'),
    'ekyc_face_replay': (1, 1, 'fraud', 'carrier app registrations with leaked ID + replayed card photo'),
    'borrowed_docs': (1, 1, 'fraud', 'SIM registered on a relative\'s / friend\'s borrowed document'),
    'sim_swap_takeover': (0, 1, 'fraud', 'replacement SIM obtained with a forged card of the number owner'),
    'shell_company_bulk': (1, 0, 'fraud', 'shell company registers bulk SIMs for spam / resale'),
    'foreign_passport_fabricated': (1, 0, 'fraud', 'many SIMs on fabricated foreign passports (border scams)'),
    'nice_number_trader': (1, 1, 'fraud', 'number trader registers "nice" numbers in own name and sells them on'),
    'sold_without_transfer': (0, 1, 'fraud', 'owner used the number, then sold it without a transfer at the carrier'),
    # legitimate
    'clean': (0, 0, 'legit', 'ordinary subscriber'),
    'name_variant': (0, 0, 'legit', 'name upper case / without diacritics / other tone placement'),
    'clerical_typo': (0, 0, 'legit', 'honest keying error in name, date of birth, ID or gender'),
    'ported_number': (0, 0, 'legit', 'number ported from another network (prefix of another carrier)'),
    'legacy_cmnd': (0, 0, 'legit', 'registered with a 9-digit CMND'),
    'legacy_cmnd12': (0, 0, 'legit', 'registered with a 12-digit legacy CMND (not a CCCD)'),
    'vn_passport': (0, 0, 'legit', 'Vietnamese citizen registered with a passport'),
    'restandardised': (0, 0, 'legit', 'old CMND registration updated to CCCD in the 2023 clean-up (history row)'),
    'sim_replacement': (0, 0, 'legit', 'owner replaced a lost/damaged SIM (history row)'),
    'ownership_transfer': (0, 0, 'legit', 'number transferred to a new owner at a carrier shop (history row)'),
    'family_shared_device': (0, 0, 'legit', 'relative registered an elderly parent via the app on own phone'),
    'guardian_for_minor': (0, 0, 'legit', 'parent registered a SIM in own name for a child under 14'),
    'multi_sim_personal': (0, 0, 'legit', 'second / third SIM of a person, within the law'),
    'multi_sim_in_person': (0, 0, 'legit', '4-9 SIMs of a small-business owner, 4th+ registered in person'),
    'data_only': (0, 0, 'legit', 'data-only SIM in a pocket router / tablet'),
    'backup_sim': (0, 0, 'legit', 'backup or dormant SIM with little or no usage'),
    'elderly_subscriber': (0, 0, 'legit', 'subscriber aged 75+'),
    'unconfirmed_lock_legit': (0, 0, 'legit', 'genuine owner who did not confirm on VNeID, locked'),
    'student_campaign': (0, 0, 'legit', 'carrier mobile sales point at a university: burst, consecutive ICCIDs'),
    'migrant_workers': (0, 0, 'legit', 'factory workers registering on pay-day at an industrial-zone dealer'),
    'org_iot': (0, 0, 'legit', 'organisation bulk IoT / M2M SIMs'),
    'org_fleet': (0, 0, 'legit', 'organisation SIMs for drivers / field staff'),
    'org_call_centre': (0, 0, 'legit', 'organisation SIMs for a telesales / support team'),
    'tourist_sim': (0, 0, 'legit', 'tourists at an airport kiosk, passports, night bursts'),
    'foreign_resident': (0, 0, 'legit', 'expatriate / foreign worker with passport'),
    'victim_own_sim': (0, 0, 'legit', 'genuine SIM of a person whose identity was misused elsewhere'),
    'dealer_victim_genuine': (0, 0, 'legit', 'the genuine SIM of a walk-in whose documents a dealer reused'),
    'preact_then_restandardised': (0, 0, 'legit', 'pre-activated SIM later re-registered by its real user'),
    'recycled_number': (0, 0, 'legit', 'terminated number reissued to a new subscriber (history row)'),
    'nice_number_owner': (0, 0, 'legit', 'person bought a "nice" number for own use'),
}

# ---------------------------------------------------------------------------
# Geography (Circular 07/2016 province codes; population in 100k, approximate)
# ---------------------------------------------------------------------------
PROVINCES = [
    ('001', 'Hà Nội', 84, 'N'), ('002', 'Hà Giang', 9, 'N'), ('004', 'Cao Bằng', 5.4, 'N'),
    ('006', 'Bắc Kạn', 3.2, 'N'), ('008', 'Tuyên Quang', 8, 'N'), ('010', 'Lào Cai', 7.5, 'N'),
    ('011', 'Điện Biên', 6.2, 'N'), ('012', 'Lai Châu', 4.7, 'N'), ('014', 'Sơn La', 13, 'N'),
    ('015', 'Yên Bái', 8.4, 'N'), ('017', 'Hòa Bình', 8.6, 'N'), ('019', 'Thái Nguyên', 13, 'N'),
    ('020', 'Lạng Sơn', 8, 'N'), ('022', 'Quảng Ninh', 13.5, 'N'), ('024', 'Bắc Giang', 19, 'N'),
    ('025', 'Phú Thọ', 15, 'N'), ('026', 'Vĩnh Phúc', 12, 'N'), ('027', 'Bắc Ninh', 15, 'N'),
    ('030', 'Hải Dương', 19, 'N'), ('031', 'Hải Phòng', 21, 'N'), ('033', 'Hưng Yên', 13, 'N'),
    ('034', 'Thái Bình', 19, 'N'), ('035', 'Hà Nam', 8.7, 'N'), ('036', 'Nam Định', 18, 'N'),
    ('037', 'Ninh Bình', 10, 'N'), ('038', 'Thanh Hóa', 37, 'C'), ('040', 'Nghệ An', 34, 'C'),
    ('042', 'Hà Tĩnh', 13, 'C'), ('044', 'Quảng Bình', 9, 'C'), ('045', 'Quảng Trị', 6.4, 'C'),
    ('046', 'Thừa Thiên Huế', 11.5, 'C'), ('048', 'Đà Nẵng', 12, 'C'), ('049', 'Quảng Nam', 15, 'C'),
    ('051', 'Quảng Ngãi', 12.5, 'C'), ('052', 'Bình Định', 15, 'C'), ('054', 'Phú Yên', 8.7, 'C'),
    ('056', 'Khánh Hòa', 12.5, 'C'), ('058', 'Ninh Thuận', 6, 'C'), ('060', 'Bình Thuận', 12.5, 'C'),
    ('062', 'Kon Tum', 5.6, 'C'), ('064', 'Gia Lai', 15.5, 'C'), ('066', 'Đắk Lắk', 19, 'C'),
    ('067', 'Đắk Nông', 6.6, 'C'), ('068', 'Lâm Đồng', 13, 'C'), ('070', 'Bình Phước', 10, 'S'),
    ('072', 'Tây Ninh', 12, 'S'), ('074', 'Bình Dương', 27, 'S'), ('075', 'Đồng Nai', 32, 'S'),
    ('077', 'Bà Rịa–Vũng Tàu', 12, 'S'), ('079', 'TP Hồ Chí Minh', 93, 'S'), ('080', 'Long An', 17, 'S'),
    ('082', 'Tiền Giang', 18, 'S'), ('083', 'Bến Tre', 13, 'S'), ('084', 'Trà Vinh', 10, 'S'),
    ('086', 'Vĩnh Long', 10, 'S'), ('087', 'Đồng Tháp', 16, 'S'), ('089', 'An Giang', 19, 'S'),
    ('091', 'Kiên Giang', 17.5, 'S'), ('092', 'Cần Thơ', 12.5, 'S'), ('093', 'Hậu Giang', 7.3, 'S'),
    ('094', 'Sóc Trăng', 12, 'S'), ('095', 'Bạc Liêu', 9.2, 'S'), ('096', 'Cà Mau', 12, 'S'),
]
assert len(PROVINCES) == 63
PROV_REGION = {p[0]: p[3] for p in PROVINCES}
HUBS = {'001': 1.2, '079': 1.3, '074': 1.35, '075': 1.15, '027': 1.2, '048': 1.1, '092': 1.05,
        '031': 1.05, '077': 1.05, '026': 1.05}
INDUSTRIAL = ['074', '075', '079', '027', '024', '030', '031', '026', '080', '077', '019', '022']
UNIVERSITY = ['001', '079', '048', '046', '092', '019', '040', '052', '066', '031']
AIRPORTS = ['079', '001', '048', '056', '091']
BORDER = ['020', '022', '010', '002', '004', '072', '089', '091', '011', '012']
MOUNTAIN_ETHNIC = {'002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '020'}
KHMER_PROV = {'084', '094', '091', '089', '095', '096'}
HIGHLAND_PROV = {'062', '064', '066', '067'}

# 9-digit CMND issuing-police prefixes (approximate; used only for realism)
CMND_PREFIX = {
    '001': '01', '079': '02', '031': '03', '011': '04', '012': '04', '014': '05', '010': '06',
    '015': '06', '002': '07', '008': '07', '020': '08', '004': '08', '019': '09', '006': '09',
    '022': '10', '017': '11', '024': '12', '027': '12', '025': '13', '026': '13', '030': '14',
    '033': '14', '034': '15', '036': '16', '035': '16', '037': '16', '038': '17', '040': '18',
    '042': '18', '044': '19', '045': '19', '046': '19', '048': '20', '049': '20', '051': '21',
    '052': '21', '054': '22', '056': '22', '062': '23', '064': '23', '066': '24', '067': '24',
    '068': '25', '058': '26', '060': '26', '075': '27', '077': '27', '074': '280', '070': '285',
    '072': '29', '080': '30', '082': '31', '083': '32', '086': '33', '084': '33', '087': '34',
    '089': '35', '092': '36', '093': '36', '094': '36', '091': '37', '096': '38', '095': '38',
}
TAX_PREFIX = {'001': '01', '079': '03', '031': '02', '048': '04', '074': '37', '075': '36',
              '077': '35', '092': '18', '022': '57', '027': '23', '026': '25', '024': '24',
              '030': '08', '019': '46', '056': '42', '040': '29', '038': '28'}

# ---------------------------------------------------------------------------
# Carriers.  idx: private counter / ICCID-IMSI block id; mnc: IMSI MNC; iin: ICCID issuer
# ---------------------------------------------------------------------------
CARRIERS = {
    'VIETTEL': dict(idx=0, mnc='04', iin='04', iclen=20, code='VT', big=True,
                    pfx={'86': 6, '96': 10, '97': 10, '98': 10, '32': 7, '33': 7, '34': 7, '35': 7,
                         '36': 7, '37': 7, '38': 7, '39': 7}),
    'VINAPHONE': dict(idx=1, mnc='02', iin='02', iclen=20, code='VNP', big=True,
                      pfx={'88': 6, '91': 12, '94': 12, '81': 6, '82': 6, '83': 6, '84': 6, '85': 6}),
    'MOBIFONE': dict(idx=2, mnc='01', iin='01', iclen=19, code='MBF', big=True,
                     pfx={'89': 6, '90': 14, '93': 12, '70': 6, '76': 5, '77': 6, '78': 5, '79': 6}),
    'VIETNAMOBILE': dict(idx=3, mnc='05', iin='05', iclen=19, code='VNM', big=True,
                         pfx={'92': 10, '56': 6, '58': 6, '52': 2}),
    'GMOBILE': dict(idx=4, mnc='07', iin='07', iclen=19, code='GTL', big=True,
                    pfx={'99': 6, '59': 6}),
    'ITEL': dict(idx=5, mnc='08', iin='08', iclen=19, code='ITL', big=False, host_mnc='02',
                 pfx={'87': 1}),
    'REDDI': dict(idx=6, mnc='09', iin='09', iclen=19, code='RDD', big=False, pfx={'55': 1}),
    'WINTEL': dict(idx=6, mnc='09', iin='09', iclen=19, code='WTL', big=False, pfx={'55': 1}),
    # MVNOs whose own prefixes / MNC are unconfirmed: numbers and SIMs from the host network
    'ASIM': dict(idx=7, mnc='02', iin='02', iclen=20, code='ASM', big=False,
                 pfx={'81': 1, '82': 1, '88': 1}),
    'LOCAL': dict(idx=8, mnc='01', iin='01', iclen=20, code='LCL', big=False,
                  pfx={'89': 1, '70': 1, '79': 1}),
    'DIGILIFE': dict(idx=9, mnc='01', iin='01', iclen=20, code='DGL', big=False,
                     pfx={'90': 1, '93': 1, '77': 1}),
}
BIG5 = ['VIETTEL', 'VINAPHONE', 'MOBIFONE', 'VIETNAMOBILE', 'GMOBILE']

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
FAMILY = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7), ('Hoàng', 3.2), ('Huỳnh', 2.0),
          ('Phan', 4.5), ('Vũ', 2.5), ('Võ', 1.6), ('Đặng', 2.1), ('Bùi', 2.0), ('Đỗ', 1.4),
          ('Hồ', 1.3), ('Ngô', 1.3), ('Dương', 1.0), ('Lý', 0.5), ('Đinh', 0.8), ('Trịnh', 0.5),
          ('Đào', 0.5), ('Mai', 0.4), ('Lương', 0.4), ('Lâm', 0.4), ('Hà', 0.4), ('Cao', 0.3),
          ('Lưu', 0.3), ('Tô', 0.2), ('Tạ', 0.2), ('Chu', 0.2), ('Thái', 0.2), ('Triệu', 0.2),
          ('Châu', 0.2), ('Quách', 0.1), ('Kiều', 0.1), ('Tăng', 0.1), ('Từ', 0.1), ('La', 0.1),
          ('Khúc', 0.05), ('Lục', 0.05), ('Mạc', 0.05), ('Doãn', 0.05), ('Phùng', 0.2),
          ('Nghiêm', 0.05), ('Vương', 0.1), ('Tống', 0.1), ('Hứa', 0.1), ('Âu', 0.05),
          ('Diệp', 0.05), ('Ông', 0.05), ('Lại', 0.1), ('Văn', 0.05)]
FAMILY_REGION = {
    'N': {'Huỳnh': 0.15, 'Võ': 0.3, 'Hoàng': 1.5, 'Vũ': 1.7, 'Đỗ': 1.3, 'Châu': 0.3, 'Lâm': 0.6},
    'C': {'Võ': 1.8, 'Hồ': 2.0, 'Phan': 1.3, 'Huỳnh': 1.0},
    'S': {'Huỳnh': 2.5, 'Võ': 2.0, 'Hoàng': 0.4, 'Vũ': 0.4, 'Lâm': 1.6, 'Châu': 2.2, 'Trịnh': 0.7},
}
MID_M = [('Văn', 30), ('Đức', 6), ('Minh', 8), ('Quang', 5), ('Hữu', 5), ('Công', 4), ('Thành', 3),
         ('Xuân', 3), ('Ngọc', 3), ('Anh', 3), ('Tuấn', 2), ('Hoàng', 3), ('Duy', 3), ('Trọng', 2),
         ('Đình', 4), ('Quốc', 4), ('Gia', 3), ('Bảo', 3), ('Thanh', 3), ('Nhật', 2), ('Tiến', 1),
         ('Mạnh', 1), ('Khánh', 2), ('Trung', 1), ('Hải', 1), ('Thế', 2), ('Tấn', 2), ('Phước', 1)]
MID_F = [('Thị', 34), ('Ngọc', 8), ('Thu', 5), ('Thanh', 5), ('Hồng', 4), ('Minh', 4), ('Phương', 3),
         ('Kim', 3), ('Bích', 2), ('Thùy', 3), ('Mỹ', 3), ('Khánh', 3), ('Bảo', 3), ('Diệu', 2),
         ('Hoài', 2), ('Quỳnh', 2), ('Tường', 1), ('Hải', 2), ('Lan', 1), ('Thảo', 2), ('Gia', 2),
         ('Như', 2), ('Hà', 1), ('Yến', 1), ('Cẩm', 1), ('Tuyết', 1), ('Xuân', 1)]
GIV_M = ['Anh', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Long', 'Minh', 'Đức', 'Thắng', 'Hiếu', 'Huy',
         'Khoa', 'Phúc', 'Quân', 'Sơn', 'Thành', 'Trung', 'Việt', 'Bảo', 'Cường', 'Đạt', 'Hoàng',
         'Khánh', 'Lâm', 'Phong', 'Tâm', 'Tài', 'Thịnh', 'Tiến', 'Toàn', 'Trí', 'Vinh', 'Vũ', 'Bình',
         'Công', 'Hưng', 'Kiên', 'Lộc', 'Lợi', 'Nghĩa', 'Nhân', 'Quang', 'Tú', 'Tùng', 'Hòa', 'Khôi',
         'Khang', 'Duy', 'Đông', 'Hậu', 'Phát', 'Tân', 'Thái', 'Thiện', 'Thuận', 'Trọng', 'Tín',
         'Hiệp', 'Hào', 'Lực', 'Mạnh', 'Quý', 'Sang', 'Chiến', 'Định', 'Giang', 'Thủy', 'Hợp',
         'Luân', 'Nhật', 'An', 'Kiệt', 'Phú', 'Thông', 'Vượng', 'Dương', 'Bách']
GIV_F = ['Anh', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai',
         'My', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Trinh',
         'Tuyết', 'Uyên', 'Vân', 'Vy', 'Yến', 'Nhi', 'Châu', 'Diệp', 'Dung', 'Giang', 'Hân', 'Khánh',
         'Ly', 'Ngân', 'Thư', 'Tâm', 'Thanh', 'Thu', 'Hồng', 'Thúy', 'Thùy', 'Hòa', 'Liên', 'Lệ',
         'Nguyệt', 'Nhàn', 'Phượng', 'Sen', 'Tiên', 'Trâm', 'Trân', 'Xuân', 'Diễm', 'Đào', 'Kiều',
         'Lài', 'Mận', 'Cúc', 'Huệ', 'Hường', 'Thắm', 'Tươi', 'An', 'Hoài', 'Chi', 'Như', 'Quyên']
OLD_NAMES = {'Cúc', 'Huệ', 'Lài', 'Mận', 'Thắm', 'Tươi', 'Hường', 'Sen', 'Đào', 'Nhàn', 'Hợp',
             'Lợi', 'Thủy', 'Định', 'Chiến', 'Hùng', 'Dũng', 'Thắng', 'Lệ', 'Tuyết', 'Loan'}
YOUNG_NAMES = {'Vy', 'Nhi', 'Hân', 'Trân', 'My', 'Khôi', 'Khang', 'Kiệt', 'Bách', 'An', 'Chi',
               'Phát', 'Bảo', 'Uyên', 'Thư', 'Ngân', 'Quyên', 'Huy', 'Khoa'}
# old-style tone placement (oà/uỷ) for the same name
TONE_OLD = {'Hòa': 'Hoà', 'Thủy': 'Thuỷ', 'Thúy': 'Thuý', 'Thùy': 'Thuỳ', 'Khỏe': 'Khoẻ',
            'Hóa': 'Hoá', 'Thụy': 'Thuỵ', 'Tùy': 'Tuỳ'}
HMONG_FAM = ['Vàng', 'Giàng', 'Sùng', 'Thào', 'Mùa', 'Lý', 'Hầu', 'Cứ']
HMONG_M = ['Páo', 'Dế', 'Sử', 'Chứ', 'Lử', 'Pó', 'Tủa', 'Chống', 'Dình', 'Sáy', 'Của', 'Vư']
HMONG_F = ['Mỷ', 'Dở', 'Chư', 'Sua', 'Dợ', 'Pàng', 'Mai', 'Xó', 'Sông', 'Máy']
TAI_FAM = ['Lò', 'Lường', 'Cầm', 'Quàng', 'Tòng', 'Vì', 'Nông', 'Ma', 'Hoàng', 'Lương', 'Hà', 'Triệu']
KHMER_FAM = ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Trà', 'Chau', 'Néang']
KHMER_GIV = ['Sa Rinh', 'Sóc Khe', 'Sơ Ny', 'Phol', 'Sa Ry', 'Chanh Đa', 'Sà Phên', 'Sươl',
             'Sa Rây', 'Ra Sy', 'Mơ Ni', 'Sóc Kha', 'Sô Phal', 'Thi Ta']
EDE_FAM = ['Niê', 'Êban', 'Mlô', 'Ayun', 'Byă', 'Adrơng', 'Ksơr', 'Hđơk', 'Kbuôr', 'Buôn Yă']
EDE_GIV = ['Bih', 'Kông', 'Bluin', 'Hen', 'Mai', 'Dăm', 'Nga', 'Juê', 'Ban', 'Thu', 'Blim', 'Khuê']

FOREIGN = {   # nationality: (family names, male given, female given, order FG=family first)
    'CN': (['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU', 'XU', 'SUN',
            'MA', 'ZHU', 'HU', 'GUO', 'HE', 'LIN', 'LUO', 'GAO'],
           ['WEI', 'LEI', 'JUN', 'YONG', 'JIE', 'QIANG', 'TAO', 'MING', 'CHAO', 'JIANGUO', 'ZHIQIANG',
            'XIAOLONG', 'HAO', 'BIN'],
           ['FANG', 'NA', 'MIN', 'JING', 'YAN', 'XIUYING', 'HAIYAN', 'LIHUA', 'LING', 'XIAOMEI'], 'FG'),
    'TW': (['CHEN', 'LIN', 'HUANG', 'CHANG', 'LI', 'WANG', 'WU', 'LIU', 'TSAI', 'YANG'],
           ['CHIH HAO', 'CHUN CHIEH', 'WEI LUN', 'CHENG EN', 'PO YU'],
           ['YU TING', 'CHIA HUI', 'SHU FEN', 'YI CHEN', 'HSIN YI'], 'FG'),
    'KR': (['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM'],
           ['MIN JUN', 'JI HOON', 'HYUN WOO', 'DONG HYUN', 'SUNG MIN', 'JAE WON'],
           ['SEO YEON', 'SO YEON', 'JI WOO', 'YE JIN', 'EUN JI', 'MIN JI'], 'FG'),
    'JP': (['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO', 'NAKAMURA'],
           ['HIROSHI', 'TAKESHI', 'KENJI', 'HARUTO', 'DAISUKE'], ['YUKI', 'AYAKA', 'SAKURA', 'HANA'], 'FG'),
    'US': (['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'MILLER', 'DAVIS', 'NGUYEN'],
           ['JOHN', 'MICHAEL', 'DAVID', 'DANIEL', 'JAMES'], ['SARAH', 'JESSICA', 'EMILY', 'ASHLEY'], 'GF'),
    'AU': (['TAYLOR', 'WILSON', 'ANDERSON', 'THOMAS', 'WHITE', 'MARTIN'],
           ['JACK', 'NOAH', 'LIAM'], ['OLIVIA', 'CHARLOTTE', 'MIA'], 'GF'),
    'GB': (['EVANS', 'WALKER', 'WRIGHT', 'ROBERTS', 'HUGHES'], ['OLIVER', 'HARRY', 'GEORGE'],
           ['AMELIA', 'ISLA', 'EMILY'], 'GF'),
    'FR': (['MARTIN', 'BERNARD', 'DUBOIS', 'LEROY', 'MOREAU'], ['LUCAS', 'HUGO', 'LOUIS'],
           ['CAMILLE', 'LEA', 'CHLOE'], 'GF'),
    'DE': (['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER'], ['LUKAS', 'FELIX', 'JONAS'],
           ['ANNA', 'LEA', 'LAURA'], 'GF'),
    'RU': (['IVANOV', 'SMIRNOV', 'KUZNETSOV', 'SOKOLOV'], ['ALEXEI', 'DMITRY', 'SERGEI'],
           ['OLGA', 'ANNA', 'ELENA'], 'GF'),
    'IN': (['SHARMA', 'PATEL', 'SINGH', 'KUMAR', 'GUPTA'], ['RAHUL', 'AMIT', 'VIKRAM'],
           ['PRIYA', 'NEHA', 'ANJALI'], 'GF'),
    'TH': (['SUKSAWAT', 'CHAIYAPORN', 'WONGSA', 'SRISAI'], ['SOMCHAI', 'ANAN', 'KRIT'],
           ['SUDA', 'MALEE', 'NARUMON'], 'GF'),
    'MY': (['TAN', 'LIM', 'WONG', 'ABDULLAH'], ['AHMAD', 'WEI JIE', 'HAFIZ'], ['MEI LING', 'NUR AISYAH'], 'FG'),
    'SG': (['TAN', 'LEE', 'NG', 'ONG'], ['JUN HAO', 'WEI MING'], ['XIN YI', 'HUI MIN'], 'FG'),
    'KH': (['SOK', 'CHAN', 'KIM', 'HENG', 'SOUN'], ['DARA', 'VANNAK', 'PISETH'], ['SOPHEAP', 'SREYMOM'], 'FG'),
    'LA': (['SOUKSAVATH', 'PHOMMACHANH', 'VONGSA', 'KEOMANY'], ['PHONE', 'KHAMPHET'], ['NOY', 'LATSAMY'], 'GF'),
}

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
ORG_TYPES = [('CÔNG TY TNHH', 30), ('CÔNG TY CỔ PHẦN', 25), ('Công ty TNHH MTV', 10),
             ('Công ty Cổ phần', 10), ('CHI NHÁNH CÔNG TY CỔ PHẦN', 5), ('DOANH NGHIỆP TƯ NHÂN', 3),
             ('HỢP TÁC XÃ', 2)]
ORG_SECTOR = {
    'iot': ['CÔNG NGHỆ', 'GIẢI PHÁP THANH TOÁN', 'ĐIỆN LỰC', 'CẤP NƯỚC', 'THIẾT BỊ ĐỊNH VỊ',
            'VIỄN THÔNG TIN HỌC', 'NĂNG LƯỢNG', 'CAMERA AN NINH', 'ĐO LƯỜNG TỰ ĐỘNG'],
    'fleet': ['VẬN TẢI', 'GIAO NHẬN', 'TAXI', 'LOGISTICS', 'CHUYỂN PHÁT NHANH', 'XE KHÁCH',
              'PHÂN PHỐI HÀNG TIÊU DÙNG'],
    'callc': ['TÀI CHÍNH', 'BẢO HIỂM', 'DỊCH VỤ KHÁCH HÀNG', 'TIẾP THỊ', 'BẤT ĐỘNG SẢN', 'GIÁO DỤC'],
    'shell': ['THƯƠNG MẠI DỊCH VỤ', 'ĐẦU TƯ', 'XUẤT NHẬP KHẨU', 'TRUYỀN THÔNG', 'PHÁT TRIỂN CÔNG NGHỆ',
              'THƯƠNG MẠI ĐIỆN TỬ'],
}
ORG_BRAND = ['AN PHÁT', 'MINH LONG', 'THÀNH CÔNG', 'HOÀNG GIA', 'PHÚ THỊNH', 'ĐẠI VIỆT', 'SAO MAI',
             'TÂN PHÁT', 'VIỆT ÚC', 'NAM Á', 'HƯNG THỊNH', 'BẢO AN', 'THIÊN PHÚC', 'KIM LONG',
             'TRƯỜNG SƠN', 'HÒA BÌNH', 'SÔNG HỒNG', 'MÊ KÔNG', 'PHƯƠNG ĐÔNG', 'TOÀN CẦU', 'ÁNH DƯƠNG',
             'VIỆT TIẾN', 'ĐÔNG Á', 'THÁI BÌNH DƯƠNG', 'AN KHANG', 'PHÚC LỘC', 'NHẬT MINH', 'QUANG VINH',
             'TRÍ ĐỨC', 'HẢI ÂU', 'LẠC HỒNG', 'BÌNH MINH', 'TÂY ĐÔ', 'HỒNG HÀ', 'VẠN XUÂN', 'SAO VIỆT']

# ---------------------------------------------------------------------------
# Hour-of-day profiles (local time)
# ---------------------------------------------------------------------------
HOURS = {
    'STORE': [0, 0, 0, 0, 0, 0, 0, 0.3, 4, 8, 10, 9, 5, 5, 8, 10, 10, 9, 8, 6, 3, 0.8, 0, 0],
    'AGENT': [0, 0, 0, 0, 0, 0, 0.5, 3, 6, 8, 8, 7, 5, 5, 7, 8, 8, 8, 8, 7, 6, 3, 1, 0.2],
    'EKYC_APP': [1.5, 0.8, 0.4, 0.3, 0.3, 0.6, 1.5, 3, 4.5, 5.5, 6, 6, 6, 5.5, 5.5, 5.5, 5.5, 6, 6.5,
                 7.5, 8.5, 8.5, 6, 3.5],
    'NIGHT': [6, 5, 4, 3, 2, 1.5, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 1, 2, 4, 6, 7],
    'KIOSK': [4, 4, 3, 1, 1, 2, 3, 4, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 4],
    'OFFICE': [0, 0, 0, 0, 0, 0, 0, 0, 6, 9, 9, 6, 2, 4, 8, 9, 8, 4, 0, 0, 0, 0, 0, 0],
}
HOURS['ONLINE'] = HOURS['EKYC_APP']

TOPUPS = [10000, 20000, 30000, 50000, 50000, 100000, 100000, 200000, 300000, 500000]

_DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_digit(payload):
    """Check digit to append to payload (Luhn mod 10)."""
    s = 0
    dbl = True
    for ch in reversed(payload):
        d = ord(ch) - 48
        s += _DBL[d] if dbl else d
        dbl = not dbl
    return chr(48 + (10 - s % 10) % 10)


def luhn_ok(num):
    return len(num) > 1 and num.isdigit() and luhn_digit(num[:-1]) == num[-1]


class WC(object):
    """Weighted choice with precomputed cumulative weights."""
    __slots__ = ('items', 'cum', 'tot', 'last')

    def __init__(self, pairs):
        items, cum, s = [], [], 0.0
        for it, w in pairs:
            if w > 0:
                s += w
                items.append(it)
                cum.append(s)
        if not items:
            raise ValueError('empty weighted choice')
        self.items, self.cum, self.tot, self.last = items, cum, s, len(items) - 1

    def pick(self, rnd):
        i = bisect.bisect_right(self.cum, rnd() * self.tot)
        return self.items[i if i <= self.last else self.last]


_STRIP_CACHE = {}


def strip_diacritics(s):
    v = _STRIP_CACHE.get(s)
    if v is None:
        t = s.replace('đ', 'd').replace('Đ', 'D')
        t = unicodedata.normalize('NFD', t)
        v = ''.join(ch for ch in t if not unicodedata.combining(ch))
        v = unicodedata.normalize('NFC', v)
        _STRIP_CACHE[s] = v
    return v


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------
NATIONAL_CARRIERS = {'VIETTEL': 53, 'VINAPHONE': 21.5, 'MOBIFONE': 19.5, 'VIETNAMOBILE': 2.6,
                     'GMOBILE': 0.6, 'ITEL': 1.2, 'REDDI': 0.3, 'WINTEL': 0.4, 'ASIM': 0.35,
                     'LOCAL': 0.3, 'DIGILIFE': 0.25}
DEFAULT_HH = dict(multi=1.0, family_device=0.3, guardian=0.3, typo=0.005, ported=0.035,
                  restd=0.15, replace=0.012, transfer=0.005, recycle=0.004, nice=0.006, dormant=0.02, datasim=1.0)
DEFAULTS = dict(start='2019-01-01', end='2026-03-31', carriers=NATIONAL_CARRIERS, region={},
                channels={'STORE': 24, 'AGENT': 50, 'EKYC_APP': 21, 'ONLINE': 5}, stealth=0.3,
                fraud={}, legit={}, usage_known=0.93, mstyle={'0': 75, '84': 18, '+84': 7},
                case_mix=False, nfd_rate=0.0, prov_blank=0.03)

SCENARIOS = {
    'national_default': dict(
        desc='realistic national mix, all 11 carriers, 2019-01 .. 2026-03, moderate stealth',
        fraud={'preact_leaked_ids': 0.008, 'preact_fabricated_ids': 0.004, 'dealer_extra_sims': 0.006,
               'identity_theft_ring': 0.004, 'agent_own_id_mass': 0.003, 'sim_farm_bought_ids': 0.005,
               'otp_resale': 0.004, 'ekyc_face_replay': 0.003, 'borrowed_docs': 0.003,
               'sim_swap_takeover': 0.0008, 'shell_company_bulk': 0.002,
               'foreign_passport_fabricated': 0.001, 'nice_number_trader': 0.001,
               'sold_without_transfer': 0.001},
        legit={'student_campaign': 0.006, 'migrant_workers': 0.01, 'org_iot': 0.008, 'org_fleet': 0.004,
               'org_call_centre': 0.002, 'tourist_sim': 0.002, 'foreign_resident': 0.003,
               'preact_then_restandardised': 0.001}),
    'south_industrial': dict(
        desc='southern industrial belt (HCMC, Binh Duong, Dong Nai), 2022-01 .. 2026-03, SIM farms and OTP resale',
        start='2022-01-01', end='2026-03-31',
        carriers={'VIETTEL': 50, 'MOBIFONE': 26, 'VINAPHONE': 17, 'VIETNAMOBILE': 3.5, 'GMOBILE': 0.5,
                  'ITEL': 1.5, 'WINTEL': 0.8, 'ASIM': 0.4, 'LOCAL': 0.4},
        region={'S': 2.4, '074': 1.6, '075': 1.3, '079': 1.2, 'N': 0.6},
        channels={'STORE': 18, 'AGENT': 58, 'EKYC_APP': 20, 'ONLINE': 4}, stealth=0.25,
        mstyle={'0': 60, '84': 30, '+84': 10},
        fraud={'sim_farm_bought_ids': 0.015, 'otp_resale': 0.012, 'preact_leaked_ids': 0.008,
               'dealer_extra_sims': 0.006, 'identity_theft_ring': 0.004, 'agent_own_id_mass': 0.003,
               'shell_company_bulk': 0.003, 'ekyc_face_replay': 0.003, 'borrowed_docs': 0.002,
               'sim_swap_takeover': 0.0005, 'foreign_passport_fabricated': 0.002},
        legit={'migrant_workers': 0.04, 'org_iot': 0.012, 'org_fleet': 0.008, 'org_call_centre': 0.004,
               'foreign_resident': 0.008, 'student_campaign': 0.004, 'tourist_sim': 0.002},
        hh=dict(family_device=0.25, ported=0.04)),
    'north_preactivation_era': dict(
        desc='northern provinces 2015-06 .. 2021-06, CMND era before population-DB checks, blatant pre-activation',
        start='2015-06-01', end='2021-06-30',
        carriers={'VIETTEL': 50, 'VINAPHONE': 26, 'MOBIFONE': 19, 'VIETNAMOBILE': 3, 'GMOBILE': 1.5,
                  'ITEL': 0.3, 'REDDI': 0.2},
        region={'N': 2.6, 'C': 0.8, 'S': 0.35},
        channels={'STORE': 25, 'AGENT': 70, 'EKYC_APP': 4, 'ONLINE': 1}, stealth=0.1,
        usage_known=0.8, mstyle={'0': 90, '84': 10},
        fraud={'preact_leaked_ids': 0.03, 'preact_fabricated_ids': 0.03, 'agent_own_id_mass': 0.01,
               'dealer_extra_sims': 0.01, 'sim_farm_bought_ids': 0.006, 'identity_theft_ring': 0.003,
               'borrowed_docs': 0.004, 'sim_swap_takeover': 0.0005},
        legit={'student_campaign': 0.006, 'migrant_workers': 0.01, 'org_iot': 0.004, 'org_fleet': 0.003},
        hh=dict(restd=0.0, family_device=0.1, ported=0.02)),
    'mvno_digital': dict(
        desc='MVNO and small-network batch, app/online heavy, 2022-06 .. 2026-03, eKYC replay and OTP resale',
        start='2022-06-01', end='2026-03-31',
        carriers={'VIETNAMOBILE': 22, 'GMOBILE': 8, 'ITEL': 25, 'WINTEL': 12, 'REDDI': 3, 'ASIM': 10,
                  'LOCAL': 10, 'DIGILIFE': 10},
        channels={'STORE': 6, 'AGENT': 30, 'EKYC_APP': 48, 'ONLINE': 16}, stealth=0.35,
        case_mix=True, nfd_rate=0.01, mstyle={'0': 50, '84': 35, '+84': 15},
        fraud={'ekyc_face_replay': 0.02, 'otp_resale': 0.02, 'identity_theft_ring': 0.008,
               'preact_leaked_ids': 0.01, 'borrowed_docs': 0.004, 'sim_farm_bought_ids': 0.006,
               'sim_swap_takeover': 0.0005},
        legit={'org_iot': 0.01, 'student_campaign': 0.004, 'tourist_sim': 0.002},
        hh=dict(datasim=2.0, multi=1.3, family_device=0.4, restd=0.0, ported=0.0)),
    'stealth_dealers': dict(
        desc='STEALTH: dealer fraud with weak traces (spread in time, real faces, shop stock), busy legit shops',
        start='2023-01-01', end='2026-03-31', stealth=0.9,
        channels={'STORE': 22, 'AGENT': 55, 'EKYC_APP': 19, 'ONLINE': 4},
        fraud={'dealer_extra_sims': 0.012, 'preact_leaked_ids': 0.01, 'agent_own_id_mass': 0.006,
               'identity_theft_ring': 0.005, 'borrowed_docs': 0.006, 'sim_swap_takeover': 0.001,
               'nice_number_trader': 0.002},
        legit={'student_campaign': 0.01, 'migrant_workers': 0.03, 'tourist_sim': 0.004,
               'org_fleet': 0.004, 'foreign_resident': 0.003},
        hh=dict(family_device=0.5, multi=1.4, guardian=0.4)),
    'stealth_farms': dict(
        desc='STEALTH: SIM farms / OTP resale with IMEI changers and human-like usage, many legit org SIMs',
        start='2023-06-01', end='2026-05-31', stealth=0.9,
        carriers={'VIETTEL': 46, 'VINAPHONE': 20, 'MOBIFONE': 19, 'VIETNAMOBILE': 5, 'GMOBILE': 1,
                  'ITEL': 4, 'WINTEL': 2, 'ASIM': 1, 'LOCAL': 1, 'DIGILIFE': 1},
        channels={'STORE': 20, 'AGENT': 50, 'EKYC_APP': 24, 'ONLINE': 6},
        fraud={'sim_farm_bought_ids': 0.012, 'otp_resale': 0.01, 'shell_company_bulk': 0.003,
               'ekyc_face_replay': 0.005, 'foreign_passport_fabricated': 0.001, 'preact_leaked_ids': 0.003},
        legit={'org_iot': 0.02, 'org_call_centre': 0.008, 'org_fleet': 0.008, 'migrant_workers': 0.01},
        hh=dict(datasim=1.8, dormant=0.04, multi=1.3)),
    'post_circular08': dict(
        desc='2025-01 .. 2026-08: Decree 163 / Circular 08 era, faces everywhere, VNeID locks, SIM swaps',
        start='2025-01-01', end='2026-08-31', stealth=0.5,
        channels={'STORE': 22, 'AGENT': 44, 'EKYC_APP': 28, 'ONLINE': 6},
        fraud={'sim_swap_takeover': 0.004, 'identity_theft_ring': 0.008, 'ekyc_face_replay': 0.008,
               'borrowed_docs': 0.005, 'dealer_extra_sims': 0.005, 'otp_resale': 0.004,
               'sim_farm_bought_ids': 0.004, 'preact_leaked_ids': 0.003, 'sold_without_transfer': 0.003},
        legit={'student_campaign': 0.006, 'migrant_workers': 0.01, 'org_iot': 0.008, 'org_fleet': 0.004,
               'tourist_sim': 0.004, 'foreign_resident': 0.003},
        hh=dict(restd=0.0, replace=0.02)),
    'low_fraud_confounders': dict(
        desc='very little fraud (~0.5%) and many legitimate look-alikes: false-positive stress test',
        start='2020-01-01', end='2026-03-31', stealth=0.5,
        fraud={'preact_leaked_ids': 0.001, 'dealer_extra_sims': 0.001, 'sim_farm_bought_ids': 0.001,
               'otp_resale': 0.0007, 'identity_theft_ring': 0.0005, 'borrowed_docs': 0.0005,
               'sim_swap_takeover': 0.0003, 'sold_without_transfer': 0.001, 'nice_number_trader': 0.0005},
        legit={'student_campaign': 0.02, 'migrant_workers': 0.04, 'org_iot': 0.03, 'org_fleet': 0.015,
               'org_call_centre': 0.01, 'tourist_sim': 0.01, 'foreign_resident': 0.01,
               'preact_then_restandardised': 0.003},
        hh=dict(family_device=0.6, guardian=0.6, multi=1.6, typo=0.012, ported=0.06, dormant=0.04,
                datasim=1.6, replace=0.02, transfer=0.01, recycle=0.008, nice=0.012)),
    'viettel_border': dict(
        desc='single-carrier (Viettel) export weighted to border provinces, fabricated foreign passports, SIM boxes',
        start='2021-01-01', end='2026-03-31', stealth=0.3, carriers={'VIETTEL': 1},
        region={p: 4.0 for p in BORDER},
        channels={'STORE': 28, 'AGENT': 52, 'EKYC_APP': 17, 'ONLINE': 3},
        mstyle={'84': 80, '0': 20},
        fraud={'foreign_passport_fabricated': 0.012, 'sim_farm_bought_ids': 0.01,
               'identity_theft_ring': 0.005, 'preact_leaked_ids': 0.006, 'otp_resale': 0.004,
               'dealer_extra_sims': 0.003},
        legit={'tourist_sim': 0.006, 'foreign_resident': 0.01, 'org_fleet': 0.006, 'migrant_workers': 0.01},
        hh=dict(ported=0.05)),
}

MONTH_W = [0.95, 0.8, 1.0, 0.97, 0.98, 1.0, 1.02, 1.05, 1.2, 1.05, 1.0, 1.08]
AGE_BINS = [((14, 18), 4), ((18, 25), 17), ((25, 35), 24), ((35, 45), 21), ((45, 55), 15),
            ((55, 65), 11), ((65, 75), 5.5), ((75, 88), 2.0)]
NICE_TAILS = ['6868', '8686', '8888', '6666', '9999', '3979', '3939', '1368', '6789', '2468', '8668',
              '6886', '9889', '2222', '3333', '5555', '7777', '0000', '1102', '8386', '1515', '2626']
FLIPS = [(0, 30), (1, 38), (2, 24), (3, 8)]   # per capture; pairwise mostly <= 4
EMPTY8 = ['', '', '', '', '', '', '', '']


class P(object):
    """A natural person."""
    __slots__ = ('g', 'dob_ord', 'dob', 'by', 'bprov', 'rprov', 'fam', 'name', 'face', 'phone',
                 'cmnd', 'cccd', 'cccd_from', 'nat', 'ppt')


class Agent(object):
    """A point of sale (carrier store, dealer, mobile point, kiosk) or an online stock."""
    __slots__ = ('code', 'carrier', 'prov', 'kind', 'w', 'devices', 'stacks', 'pending')


class Gen(object):
    def __init__(self, rows, seed, scen):
        sc = dict(DEFAULTS)
        sc.update(SCENARIOS[scen])
        hh = dict(DEFAULT_HH)
        hh.update(SCENARIOS[scen].get('hh', {}))
        sc['hh'] = hh
        self.sc, self.hh, self.N, self.scen = sc, hh, rows, scen
        self.base = 'indep12|%d|%d|%s' % (rows, seed, scen)
        rng = random.Random(self.base)
        self.rng = rng
        self.r = rng.random
        self.ri = rng.randint
        self.rr = rng.randrange
        self.gauss = rng.gauss
        self.lv = rng.lognormvariate
        self.bits = rng.getrandbits
        self.stealth = float(sc['stealth'])
        self.rows = []
        self.labels = {}
        self.used_msisdn = set()
        self.used_ids = set()
        self.used_imei = set()
        self._init_time()
        self._init_geo()
        self._init_carriers()
        self._init_devices()
        self._init_names()
        self.pools = {}
        self.all_agents = []
        self.agent_codes = set()
        self.courier = {}
        self.online = {}
        self.leak_pool = []
        self.fraud_boxes = []
        self.nominee_faces = [self.bits(64) for _ in range(4)]
        age_pairs = [(b, w) for b, w in AGE_BINS]
        self.age_wc = WC(age_pairs)
        self.adult_age_wc = WC([(b, w) for b, w in AGE_BINS if b[0] >= 18])
        self.flip_wc = WC(FLIPS)
        m = self.hh['multi']
        self.k_wc = WC([(1, 70), (2, 21 * m), (3, 6.5 * m), (4, 0.9 * m), (5, 0.6 * m), (6, 0.4 * m),
                        (7, 0.2 * m), (8, 0.15 * m), (9, 0.1 * m)])
        self.UF = {
            'normal': self.u_normal, 'youth': self.u_youth, 'elderly': self.u_elderly,
            'backup': self.u_backup, 'dormant': self.u_dormant, 'unused': self.u_dormant,
            'data_only': self.u_data_only, 'child': self.u_child, 'iot': self.u_iot,
            'iot_idle': self.u_dormant, 'fleet': self.u_fleet, 'callc': self.u_callc,
            'tourist': self.u_tourist, 'resold': self.u_resold, 'spam': self.u_spam,
            'spam_stealth': self.u_spam_stealth, 'bypass': self.u_bypass, 'otp': self.u_otp,
            'otp_stealth': self.u_otp_stealth, 'scam': self.u_scam, 'swap': self.u_swap,
        }

    # ------------------------------------------------------------------ time
    def _init_time(self):
        sc = self.sc
        S = datetime.date.fromisoformat(sc['start'])
        E = datetime.date.fromisoformat(sc['end'])
        self.S_ord, self.E_ord = S.toordinal(), E.toordinal()
        nd = self.E_ord - self.S_ord + 1
        self.ndays = nd
        self.T_END = nd * 86400 - 1
        self.day_str = []
        self.day_year = []
        cum, s = [], 0.0
        for k in range(nd):
            d = datetime.date.fromordinal(self.S_ord + k)
            self.day_str.append(d.isoformat())
            self.day_year.append(d.year)
            w = (1.0 + 0.04 * (k / 365.0)) * MONTH_W[d.month - 1] * (1.15 if d.weekday() >= 5 else 1.0)
            s += w
            cum.append(s)
        self.daycum = cum
        self.hour_wc = {k: WC(list(enumerate(v))) for k, v in HOURS.items()}
        rel = self.rel
        self.T_SELFIE = rel('2017-06-01')
        self.T_ITEL = rel('2019-01-01')
        self.T_EKYC = rel('2020-01-01')
        self.T_CCCD_CHIP = rel('2021-01-01')
        self.T_POPDB = rel('2022-08-01')
        self.T_FM = rel('2023-01-01')
        self.T_CLEAN = rel('2023-04-01')
        self.T_CLEAN_DONE = rel('2023-06-01')
        self.T_D163 = rel('2024-12-24')
        self.T_VNEID = rel('2026-06-15')
        self.T_2019 = rel('2019-01-01')
        self.ORD_2021 = datetime.date(2021, 1, 1).toordinal()
        self.ORD_2016 = datetime.date(2016, 3, 1).toordinal()
        self.ORD_2022 = datetime.date(2022, 7, 1).toordinal()

    def rel(self, iso):
        return (datetime.date.fromisoformat(iso).toordinal() - self.S_ord) * 86400

    def rand_day(self, lo=0, hi=None):
        cum = self.daycum
        nd = self.ndays
        lo_d = lo // 86400 if lo > 0 else 0
        hi_d = nd - 1 if hi is None else min(nd - 1, hi // 86400)
        if lo_d > nd - 1:
            lo_d = nd - 1
        if hi_d < lo_d:
            hi_d = lo_d
        a = cum[lo_d - 1] if lo_d > 0 else 0.0
        b = cum[hi_d]
        i = bisect.bisect_right(cum, a + self.r() * (b - a))
        if i < lo_d:
            i = lo_d
        elif i > hi_d:
            i = hi_d
        return i

    def rand_time(self, prof, lo=0, hi=None):
        d = self.rand_day(lo, hi)
        t = d * 86400 + self.hour_wc[prof].pick(self.r) * 3600 + self.rr(3600)
        if t < lo:
            t = lo
        return t if t <= self.T_END else self.T_END

    def at_hour(self, day, prof):
        t = day * 86400 + self.hour_wc[prof].pick(self.r) * 3600 + self.rr(3600)
        return t if t <= self.T_END else self.T_END

    def advance(self, t, gap, business):
        t += gap
        if business:
            h = (t % 86400) // 3600
            if h >= 21:
                t = (t // 86400 + 1) * 86400 + 8 * 3600 + self.rr(5400)
            elif h < 7:
                t = (t // 86400) * 86400 + 8 * 3600 + self.rr(5400)
        return t

    def fmt_time(self, t):
        s = t % 86400
        return '%sT%02d:%02d:%02d+07:00' % (self.day_str[t // 86400], s // 3600, (s // 60) % 60, s % 60)

    def year_of(self, t):
        return self.day_year[t // 86400]

    def ord_of(self, t):
        return self.S_ord + t // 86400

    # ------------------------------------------------------------------ geography
    def _init_geo(self):
        reg = self.sc['region']
        res, birth = [], []
        for code, _n, pop, region in PROVINCES:
            m = reg.get(region, 1.0) * reg.get(code, 1.0)
            res.append((code, pop * HUBS.get(code, 1.0) * m))
            birth.append((code, pop * (0.8 if code in HUBS else 1.05) * (m ** 0.5)))
        self.res_wc = WC(res)
        self.birth_wc = WC(birth)
        tot = sum(w for _c, w in res)
        self.res_share = {c: w / tot for c, w in res}
        rural = [(c, w * (0.3 if c in HUBS else 1.3)) for c, w in birth]
        self.rural_wc = WC(rural)
        north = [(c, w) for c, w in rural if PROV_REGION[c] in 'NC']
        south = [(c, w) for c, w in rural if PROV_REGION[c] in 'CS']
        self.north_rural_wc = WC(north)
        self.south_rural_wc = WC(south)

    # ------------------------------------------------------------------ carriers
    def _init_carriers(self):
        sc, r = self.sc, self.r
        tot = float(sum(sc['carriers'].values()))
        self.cshare = {c: w / tot for c, w in sc['carriers'].items()}
        self.carrier_wc = WC(list(self.cshare.items()))
        self.fraud_cwc = WC([(c, w * (1.0 if CARRIERS[c]['big'] and c != 'VIETNAMOBILE' else 1.8))
                             for c, w in self.cshare.items()])
        self.big_in = [c for c in self.cshare if c in BIG5]
        self.pfx_wc = {c: WC(list(CARRIERS[c]['pfx'].items())) for c in CARRIERS}
        mwc = WC(list(sc['mstyle'].items()))
        self.mstyle, self.cdisp, self.nform = {}, {}, {}
        self.blank_active, self.blank_unchecked, self.blank_stype, self.blank_nat = {}, {}, {}, {}
        for c in CARRIERS:
            self.mstyle[c] = mwc.pick(r)
            disp = c
            if sc['case_mix'] and r() < 0.4:
                disp = c.title() if r() < 0.7 else c.lower()
            self.cdisp[c] = disp
            # name forms sent by this carrier: (upper, no-diacritics, upper no-diacritics)
            self.nform[c] = (0.01 + 0.05 * r(), 0.01 + 0.04 * r(), 0.005 + 0.03 * r())
            self.blank_active[c] = r() < 0.25
            self.blank_unchecked[c] = r() < 0.3
            self.blank_stype[c] = r() < 0.2
            self.blank_nat[c] = r() < 0.2
        self.serial = {}
        for c in CARRIERS:
            idx = CARRIERS[c]['idx']
            if idx not in self.serial:
                self.serial[idx] = self.rr(10 ** 7, 4 * 10 ** 8)
        chan = sc['channels']
        ekf = [0.02, 0.15, 0.4, 0.7, 1.0]
        onf = [0.3, 0.5, 0.7, 0.9, 1.0]
        self.ch_wc = []
        for e in range(5):
            row = []
            for ag in range(3):
                em = (1.4, 1.0, 0.3)[ag]
                row.append(WC([('STORE', chan.get('STORE', 0) * (1.3 if ag == 2 else 1.0)),
                               ('AGENT', chan.get('AGENT', 0)),
                               ('EKYC_APP', chan.get('EKYC_APP', 0) * ekf[e] * em),
                               ('ONLINE', chan.get('ONLINE', 0) * onf[e] * em)]))
            self.ch_wc.append(row)

    def era(self, t):
        y = self.day_year[t // 86400]
        return 0 if y < 2019 else (4 if y >= 2022 else y - 2018)

    def pick_channel(self, t, age):
        return self.ch_wc[self.era(t)][0 if age < 30 else (2 if age >= 60 else 1)].pick(self.r)

    # ------------------------------------------------------------------ devices
    def _init_devices(self):
        trng = random.Random(self.base + '|tac')

        def tacs(n, prefixes):
            out = []
            for i in range(n):
                p = prefixes[i % len(prefixes)]
                out.append((p + '%0*d' % (8 - len(p), trng.randrange(10 ** (8 - len(p)))),
                            1.0 / (i + 1) ** 0.9))
            return WC(out)
        self.tac = {
            'phone': tacs(160, ['35', '86', '35', '86', '01', '35']),
            'feature': tacs(20, ['35', '86']),
            'tablet': tacs(10, ['35', '86']),
            'simbox': tacs(5, ['86']),
            'iot': tacs(8, ['86', '35']),
            'mifi': tacs(6, ['86']),
            'watch': tacs(5, ['86', '35']),
            'modem': tacs(4, ['86']),
        }

    def new_imei(self, kind='phone'):
        tac = self.tac[kind].pick(self.r)
        used = self.used_imei
        while True:
            pay = tac + '%06d' % self.rr(1000000)
            if pay not in used:
                used.add(pay)
                return pay + luhn_digit(pay)

    def imei_run(self, kind, k):
        """k consecutive-serial IMEIs of one TAC (a SIM box, modem bank or IoT batch)."""
        tac = self.tac[kind].pick(self.r)
        start = self.rr(1000000 - k - 1)
        out = []
        for i in range(k):
            pay = tac + '%06d' % (start + i)
            self.used_imei.add(pay)
            out.append(pay + luhn_digit(pay))
        return out

    def fraud_box(self):
        """Shared SIM-box / modem pool IMEIs used by junk SIMs of several rings."""
        if len(self.fraud_boxes) < 3 or self.r() < 0.05:
            self.fraud_boxes.append(self.imei_run('simbox' if self.r() < 0.6 else 'modem',
                                                  (8, 16, 32)[self.rr(3)]))
        box = self.fraud_boxes[self.rr(len(self.fraud_boxes))]
        return box[self.rr(len(box))]

    def courier_dev(self, prov):
        lst = self.courier.get(prov)
        if lst is None:
            lst = [self.new_imei('phone') for _ in range(3)]
            self.courier[prov] = lst
        return lst[self.rr(3)]

    # ------------------------------------------------------------------ SIM cards
    def take_serials(self, c, k):
        idx = CARRIERS[c]['idx']
        s = self.serial[idx]
        self.serial[idx] = s + k + self.rr(40)
        return s

    def sim_of(self, c, serial, host=False):
        ci = CARRIERS[c]
        pay = '8984%s%d%0*d' % (ci['iin'], ci['idx'], ci['iclen'] - 8, serial)
        mnc = ci.get('host_mnc', ci['mnc']) if host else ci['mnc']
        return ('452%s%d%09d' % (mnc, ci['idx'], serial), pay + luhn_digit(pay))

    def sim_block(self, c, k):
        s = self.take_serials(c, k)
        host = c == 'ITEL' and self.r() < 0.2
        return [self.sim_of(c, s + i, host) for i in range(k)]

    def sim_now(self, ag):
        """Take the next SIM of an agent's stock immediately (used for history rows)."""
        st = ag.stacks[self.rr(len(ag.stacks))]
        if st[0] >= st[1]:
            self._refill(ag, st)
        s = st[0]
        st[0] += 1
        return self.sim_of(ag.carrier, s, st[2])

    def _refill(self, ag, st):
        size = (50, 100, 100, 200, 500)[self.rr(5)]
        s = self.take_serials(ag.carrier, size)
        st[0], st[1], st[2] = s, s + size, (ag.carrier == 'ITEL' and self.r() < 0.2)

    def alloc_pending(self):
        rr = self.rr
        for ag in self.all_agents:
            pend = ag.pending
            if not pend:
                continue
            pend.sort(key=lambda row: row[I_TS])
            stacks = ag.stacks
            n = len(stacks)
            for row in pend:
                st = stacks[rr(n)] if n > 1 else stacks[0]
                if st[0] >= st[1]:
                    self._refill(ag, st)
                row[I_IMSI], row[I_ICCID] = self.sim_of(ag.carrier, st[0], st[2])
                st[0] += 1
            ag.pending = []

    # ------------------------------------------------------------------ numbers
    def new_nat9(self, c):
        used, rr = self.used_msisdn, self.rr
        wc = self.pfx_wc[c]
        while True:
            p = wc.pick(self.r)
            if p == '99':
                n = '99%d%06d' % (3 + rr(5), rr(1000000))
            else:
                n = '%s%07d' % (p, rr(10000000))
            if n not in used:
                used.add(n)
                return n

    def nice_nat9(self, c):
        used, rr = self.used_msisdn, self.rr
        wc = self.pfx_wc[c]
        while True:
            p = wc.pick(self.r)
            if p == '99':
                p = '99%d' % (3 + rr(5))
                n = '%s%02d%s' % (p, rr(100), NICE_TAILS[rr(len(NICE_TAILS))])
            else:
                n = '%s%03d%s' % (p, rr(1000), NICE_TAILS[rr(len(NICE_TAILS))])
            if n not in used:
                used.add(n)
                return n

    def nat9_run(self, c, k):
        used = self.used_msisdn
        for _ in range(50):
            p = self.pfx_wc[c].pick(self.r)
            if p == '99':
                continue
            start = self.rr(10000000 - k - 1)
            lst = ['%s%07d' % (p, start + i) for i in range(k)]
            if not any(n in used for n in lst):
                used.update(lst)
                return lst
        return [self.new_nat9(c) for _ in range(k)]

    def fmt_msisdn(self, c, n):
        st = self.mstyle[c]
        if self.r() < 0.04:
            st = ('0', '84', '+84')[self.rr(3)]
        return ('0' + n) if st == '0' else (st + n)

    # ------------------------------------------------------------------ agents
    def new_agent(self, c, prov, kind):
        r = self.r
        ag = Agent()
        kc = {'STORE': 'CH', 'AGENT': 'DL', 'MOBILE': 'LD', 'KIOSK': 'KS', 'ONLINE': ''}[kind]
        while True:
            code = '%s%s%s%05d' % (CARRIERS[c]['code'], kc, prov, self.rr(100000))
            if code not in self.agent_codes:
                self.agent_codes.add(code)
                break
        ag.code = code if kind != 'ONLINE' else ''
        ag.carrier, ag.prov, ag.kind = c, prov, kind
        w = min(250.0, self.rng.paretovariate(1.15))
        if kind == 'STORE':
            w *= 3.0
        ag.w = w
        if kind == 'STORE':
            ag.devices = [self.new_imei('tablet') for _ in range(1 + min(4, int(w / 6)))]
            ns = 2 + self.rr(3)
        elif kind in ('MOBILE', 'KIOSK'):
            ag.devices = [self.new_imei('tablet') for _ in range(2 + self.rr(2))]
            ns = 1 + self.rr(2)
        elif kind == 'ONLINE':
            ag.devices = []
            ns = 3
        else:
            ag.devices = [self.new_imei('phone' if r() < 0.6 else 'tablet') for _ in range(1 if r() < 0.7 else 2)]
            ns = 1 if r() < 0.6 else 2
        ag.stacks = [[0, 0, False] for _ in range(ns)]
        ag.pending = []
        self.all_agents.append(ag)
        return ag

    def pool(self, c, prov):
        key = (c, prov)
        v = self.pools.get(key)
        if v is None:
            exp = self.N * self.cshare.get(c, 0.01) * self.res_share[prov]
            n_store = max(1, int(round(exp / 450.0)))
            n_agent = max(2, int(round(exp / 70.0)))
            stores = [self.new_agent(c, prov, 'STORE') for _ in range(n_store)]
            agents = [self.new_agent(c, prov, 'AGENT') for _ in range(n_agent)]
            v = (stores, WC([(a, a.w) for a in stores]) if stores else None,
                 agents, WC([(a, a.w) for a in agents]))
            self.pools[key] = v
        return v

    def pick_agent(self, c, prov, ch):
        v = self.pool(c, prov)
        if ch == 'STORE' and v[1] is not None:
            return v[1].pick(self.r)
        return v[3].pick(self.r)

    def complicit(self, c, prov):
        v = self.pool(c, prov)
        lst = v[2]
        return lst[self.rr(len(lst))]

    def online_stock(self, c):
        ag = self.online.get(c)
        if ag is None:
            ag = self.new_agent(c, '000', 'ONLINE')
            self.online[c] = ag
        return ag

    # ------------------------------------------------------------------ names
    def _init_names(self):
        self.fam_wc = {}
        for reg in 'NCS':
            mult = FAMILY_REGION[reg]
            self.fam_wc[reg] = WC([(n, w * mult.get(n, 1.0)) for n, w in FAMILY])
        self.mid_wc, self.giv_wc = {}, {}
        for g, mids, givs in (('M', MID_M, GIV_M), ('F', MID_F, GIV_F)):
            for gen in range(3):
                mw = []
                for n, w in mids:
                    if n in ('Văn', 'Thị'):
                        w *= (1.5, 1.0, 0.3)[gen]
                    mw.append((n, w))
                self.mid_wc[(g, gen)] = WC(mw)
                gw = []
                for n in givs:
                    w = 1.0
                    if n in OLD_NAMES:
                        w = (3.0, 1.0, 0.2)[gen]
                    elif n in YOUNG_NAMES:
                        w = (0.2, 1.0, 3.0)[gen]
                    gw.append((n, w))
                self.giv_wc[(g, gen)] = WC(gw)

    def make_name(self, g, by, bprov, fam=None):
        r = self.r
        rg = self.rng
        if fam is None:
            x = r()
            if bprov in MOUNTAIN_ETHNIC and x < 0.35:
                if x < 0.12:
                    fam = HMONG_FAM[self.rr(len(HMONG_FAM))]
                    if g == 'M':
                        return '%s A %s' % (fam, rg.choice(HMONG_M)), fam
                    return '%s Thị %s' % (fam, rg.choice(HMONG_F)), fam
                fam = TAI_FAM[self.rr(len(TAI_FAM))]
            elif bprov in KHMER_PROV and x < 0.18:
                fam = KHMER_FAM[self.rr(len(KHMER_FAM))]
                if g == 'F' and r() < 0.6:
                    return '%s Thị %s' % (fam, rg.choice(KHMER_GIV)), fam
                return '%s %s' % (fam, rg.choice(KHMER_GIV)), fam
            elif bprov in HIGHLAND_PROV and x < 0.12:
                fam = EDE_FAM[self.rr(len(EDE_FAM))]
                if g == 'M':
                    return 'Y %s %s' % (rg.choice(EDE_GIV), fam), fam
                return "H'%s %s" % (rg.choice(EDE_GIV), fam), fam
            else:
                fam = self.fam_wc[PROV_REGION[bprov]].pick(r)
        elif fam in EDE_FAM:
            if g == 'M':
                return 'Y %s %s' % (rg.choice(EDE_GIV), fam), fam
            return "H'%s %s" % (rg.choice(EDE_GIV), fam), fam
        gen = 0 if by < 1970 else (1 if by < 1995 else 2)
        mid = self.mid_wc[(g, gen)].pick(r)
        giv = self.giv_wc[(g, gen)].pick(r)
        if giv == mid:
            giv = self.giv_wc[(g, gen)].pick(r)
        x = r()
        if x < (0.02, 0.1, 0.25)[gen]:
            mid2 = self.mid_wc[(g, 2)].pick(r)
            if mid2 not in (mid, giv, 'Văn', 'Thị'):
                return '%s %s %s %s' % (fam, mid, mid2, giv), fam
        elif x > 0.985 and gen == 0:
            return '%s %s' % (fam, giv), fam
        return '%s %s %s' % (fam, mid, giv), fam

    def name_form(self, name, c, t):
        """The name as this carrier's system sends it (mostly identical to the card)."""
        x = self.r()
        pu, ps, pus = self.nform[c]
        if t < self.T_2019:
            pus *= 3.0
        if x < pus:
            return strip_diacritics(name).upper()
        x -= pus
        if x < pu:
            return name.upper()
        x -= pu
        if x < ps:
            return strip_diacritics(name)
        x -= ps
        if x < 0.08:
            for k, v in TONE_OLD.items():
                if k in name:
                    return name.replace(k, v)
        elif x < 0.08 + self.sc['nfd_rate']:
            return unicodedata.normalize('NFD', name)
        return name

    # ------------------------------------------------------------------ persons
    def new_person(self, age_lo, age_hi, anchor_t, g=None, bprov=None, rprov=None, fam=None,
                   phone='phone'):
        r = self.r
        p = P()
        if g is None:
            g = 'M' if r() < 0.5 else 'F'
        dob_ord = self.S_ord + anchor_t // 86400 - int((age_lo + r() * (age_hi - age_lo)) * 365.2425)
        d = datetime.date.fromordinal(dob_ord)
        by = d.year
        if bprov is None:
            bprov = self.birth_wc.pick(r)
        if rprov is None:
            rprov = bprov if r() < 0.72 else self.res_wc.pick(r)
        p.g, p.dob_ord, p.dob, p.by, p.bprov, p.rprov = g, dob_ord, d.isoformat(), by, bprov, rprov
        p.name, p.fam = self.make_name(g, by, bprov, fam)
        p.face = self.bits(64)
        age_now = (self.E_ord - dob_ord) / 365.25
        p.phone = self.new_imei('feature' if (age_now > 70 and r() < 0.5) else phone)
        p.cccd = self.new_cccd(bprov, by, g)
        t14 = dob_ord + 5114
        if t14 >= self.ORD_2021:
            cf = dob_ord          # personal ID number from birth registration; never held a CMND
        else:
            x = r()
            if x < 0.1:
                cf = self.ORD_2016 + self.rr(1400)
            elif x < 0.85:
                cf = self.ORD_2021 + 60 + self.rr(500)
            elif x < 0.99 or age_now < 75:
                cf = self.ORD_2022 + self.rr(720)
            else:
                cf = 10 ** 7
            if cf < t14:
                cf = t14
        p.cccd_from = cf
        p.cmnd = None
        p.nat = 'VN'
        p.ppt = None
        return p

    def new_cccd(self, prov, by, g):
        G = 2 * (by // 100 - 19) + (1 if g == 'F' else 0)
        head = '%s%d%02d' % (prov, G, by % 100)
        used = self.used_ids
        while True:
            s = head + '%06d' % self.rr(1000000)
            if s not in used:
                used.add(s)
                return s

    def cmnd_of(self, p):
        if p.cmnd is None:
            used = self.used_ids
            if self.r() < 0.03:
                while True:
                    s = '0%011d' % self.rr(10 ** 11)
                    if s not in used:
                        break
            else:
                pre = CMND_PREFIX[p.bprov if self.r() < 0.8 else p.rprov]
                while True:
                    s = pre + '%0*d' % (9 - len(pre), self.rr(10 ** (9 - len(pre))))
                    if s not in used:
                        break
            used.add(s)
            p.cmnd = s
        return p.cmnd

    def doc_for(self, p, t):
        if p.nat != 'VN':
            return ('PASSPORT', p.ppt)
        if self.S_ord + t // 86400 >= p.cccd_from:
            return ('CCCD', p.cccd)
        return ('CMND', self.cmnd_of(p))

    def age_at(self, p, t):
        return (self.S_ord + t // 86400 - p.dob_ord) / 365.25

    def min_t_for_age(self, p, age):
        return max(0, (p.dob_ord + int(age * 365.25) + 1 - self.S_ord) * 86400)

    def leaked_person(self, prov=None, stealthy=False):
        """An identity from a leaked KYC-photo dump: real people, skewed old and rural."""
        r = self.r
        if self.leak_pool and r() < 0.12:
            return self.leak_pool[self.rr(len(self.leak_pool))]
        x = r()
        if stealthy:
            lo, hi = ((20, 45) if x < 0.6 else (45, 68))
        elif x < 0.30:
            lo, hi = 60, 88
        elif x < 0.96:
            lo, hi = 19, 60
        else:
            lo, hi = 12.2, 13.9
        bprov = prov if prov is not None else self.rural_wc.pick(r)
        p = self.new_person(lo, hi, self.T_END, bprov=bprov, rprov=bprov if r() < 0.8 else None)
        self.leak_pool.append(p)
        return p

    def foreign_person(self, nat, age_lo, age_hi, anchor_t, fabricated=False):
        r, rg = self.r, self.rng
        p = self.new_person(age_lo, age_hi, anchor_t)
        fams, gm, gf, order = FOREIGN[nat]
        f, gv = rg.choice(fams), rg.choice(gm if p.g == 'M' else gf)
        p.name = ('%s %s' % (f, gv)) if order == 'FG' else ('%s %s' % (gv, f))
        p.fam = f
        p.nat = nat
        p.ppt = self.passport_no(nat, fabricated)
        return p

    def passport_no(self, nat, fabricated=False):
        rr, r = self.rr, self.r
        if fabricated and r() < 0.3:
            # sloppy forgeries: wrong length or mixed format
            return '%s%0*d' % ('EGPK'[rr(4)], 6 + rr(4), rr(10 ** 6))
        if nat == 'CN':
            s = ('E%08d' % rr(10 ** 8)) if r() < 0.7 else ('E%s%07d' % ('ABCDEFGH'[rr(8)], rr(10 ** 7)))
        elif nat == 'KR':
            s = 'M%08d' % rr(10 ** 8)
        elif nat == 'JP':
            s = 'T%s%07d' % ('KRZ'[rr(3)], rr(10 ** 7))
        elif nat in ('US', 'GB', 'TW'):
            s = '%09d' % rr(10 ** 9)
        elif nat == 'AU':
            s = 'P%s%07d' % ('ABCE'[rr(4)], rr(10 ** 7))
        elif nat == 'FR':
            s = '%02d%s%05d' % (rr(100), ('AB', 'CK', 'FR', 'HD')[rr(4)], rr(10 ** 5))
        elif nat == 'DE':
            s = 'C%s%07d' % ('FGHJK'[rr(5)], rr(10 ** 7))
        elif nat == 'RU':
            s = '7%d%07d' % (rr(10), rr(10 ** 7))
        elif nat == 'IN':
            s = '%s%07d' % ('KLMNPRSTUVZ'[rr(11)], rr(10 ** 7))
        elif nat == 'TH':
            s = 'A%s%07d' % ('ABCD'[rr(4)], rr(10 ** 7))
        elif nat == 'VN':
            s = '%s%07d' % ('CCCCBBN'[rr(7)], rr(10 ** 7))
        else:
            s = '%s%07d' % ('NPAK'[rr(4)], rr(10 ** 7))
        return s

    def cap(self, face):
        nb = self.flip_wc.pick(self.r)
        for _ in range(nb):
            face ^= 1 << self.rr(64)
        return '%016x' % face

    # ------------------------------------------------------------------ verification fields
    def fm_legit(self, age):
        r = self.r
        if r() < 0.035:
            v = 0.45 + r() * 0.3           # old card photo, poor light
        else:
            v = 0.95 - 0.0012 * max(0.0, age - 35) + self.gauss(0, 0.03)
        if v > 0.995:
            v = 0.995
        elif v < 0.3:
            v = 0.3
        return '%.3f' % v

    def fm_kind(self, kind, age=40):
        r = self.r
        if kind == 'low':
            return '%.3f' % (0.05 + 0.42 * r())
        if kind == 'mid':
            return '%.3f' % (0.6 + 0.28 * r())
        if kind == 'replay':
            return '%.3f' % (0.972 + 0.027 * r())
        if kind == 'flower':
            return '%.3f' % (0.25 * r())
        if kind == 'family':
            return '%.3f' % (0.28 + 0.35 * r())
        return self.fm_legit(age)

    def has_selfie(self, ch, t):
        if ch == 'EKYC_APP' or ch == 'ONLINE':
            return t >= self.T_EKYC
        if t < self.T_SELFIE:
            return False
        return self.r() < (0.98 if t >= self.T_D163 else 0.8)

    def has_fm(self, ch, t):
        if ch == 'EKYC_APP' or ch == 'ONLINE':
            return t >= self.T_EKYC
        if t < self.T_FM:
            return False
        return self.r() < (0.97 if t >= self.T_D163 else 0.65)

    def selfie_fields(self, face, ch, t, age, kind='legit'):
        if not self.has_selfie(ch, t):
            return '', ''
        sh = self.cap(face)
        if not self.has_fm(ch, t):
            return sh, ''
        return sh, self.fm_kind(kind, age)

    def popdb_legit(self, t):
        x = self.r()
        if t < self.T_POPDB:
            if self.T_END >= self.T_CLEAN_DONE:
                return 'MATCH' if x < 0.86 else ('UNCHECKED' if x < 0.975 else 'MISMATCH')
            return 'UNCHECKED'
        return 'MATCH' if x < 0.985 else ('UNCHECKED' if x < 0.995 else 'MISMATCH')

    def popdb_real(self, t, p_mismatch=0.06):
        """Fraud on a real person's (leaked / stolen / bought) identity."""
        x = self.r()
        if t < self.T_POPDB:
            if self.T_END >= self.T_CLEAN_DONE:
                return 'MATCH' if x < 0.8 else ('UNCHECKED' if x < 0.93 else 'MISMATCH')
            return 'UNCHECKED'
        return 'MISMATCH' if x < p_mismatch else 'MATCH'

    def popdb_fake(self, t):
        x = self.r()
        if t < self.T_POPDB:
            if self.T_END >= self.T_CLEAN_DONE:
                return 'NOT_FOUND' if x < 0.6 else ('MISMATCH' if x < 0.85 else 'UNCHECKED')
            return 'UNCHECKED'
        return 'NOT_FOUND' if x < 0.55 else ('MISMATCH' if x < 0.9 else 'UNCHECKED')

    def status_legit(self, t):
        age_d = (self.T_END - t) / 86400.0
        x = self.r()
        if age_d > 540 and x < 0.04:
            return 'TERMINATED'
        if age_d > 200 and x < 0.05:
            return 'TWO_WAY_LOCKED'
        if x < 0.065:
            return 'ONE_WAY_LOCKED'
        return 'ACTIVE'

    def status_fraud(self, t, popdb, non_owner, prof):
        r = self.r
        T = self.T_END
        lockf = 1.0 - 0.6 * self.stealth
        if popdb in ('MISMATCH', 'NOT_FOUND') and T > self.T_CLEAN and t < T - 20 * 86400 \
                and r() < 0.75 * lockf:
            x = r()
            return 'TERMINATED' if x < 0.35 else ('TWO_WAY_LOCKED' if x < 0.7 else 'ONE_WAY_LOCKED')
        if non_owner and T >= self.T_VNEID and t < self.T_VNEID and r() < 0.8 * lockf:
            if T >= self.T_VNEID + 60 * 86400 and r() < 0.7:
                return 'TWO_WAY_LOCKED'
            return 'ONE_WAY_LOCKED'
        if prof in ('spam', 'scam', 'bypass', 'swap') and r() < 0.3 * lockf:
            return 'TWO_WAY_LOCKED' if r() < 0.6 else 'TERMINATED'
        if (T - t) > 540 * 86400 and r() < 0.12:
            return 'TERMINATED'
        if r() < 0.03:
            return 'ONE_WAY_LOCKED'
        return 'ACTIVE'

    # ------------------------------------------------------------------ usage profiles
    def usage(self, prof, t):
        T = self.T_END
        if T - t < 30 * 86400:
            return EMPTY8            # first-30-day window not complete at export
        r = self.r
        if r() > self.sc['usage_known']:
            return EMPTY8
        if T - t > 1460 * 86400 and r() < 0.35:
            return EMPTY8            # old records: usage no longer retained
        v = self.UF[prof]()
        out = ['' if x is None else str(x) for x in v]
        x = r()
        if x < 0.015:
            out[7] = ''
        elif x < 0.025:
            out[6] = ''
        return out

    def _topup(self, n=None):
        r = self.r
        if n is None:
            x = r()
            n = 0 if x < 0.1 else (1 if x < 0.5 else (2 if x < 0.8 else (3 if x < 0.95 else 4)))
        s = 0
        for _ in range(n):
            s += TOPUPS[self.rr(len(TOPUPS))]
        return s

    def _days(self, mu, sd, lo=1, hi=30):
        d = int(self.gauss(mu, sd))
        return lo if d < lo else (hi if d > hi else d)

    def _calls(self, mu, sd, f):
        return int(self.lv(mu, sd) * f)

    def u_normal(self):
        ad = self._days(26, 5)
        f = ad / 30.0
        oc = self._calls(3.4, 0.85, f)
        ic = self._calls(3.5, 0.75, f)
        dc = min(oc, int(oc * (0.15 + 0.45 * self.r())) + (1 if oc else 0))
        return [ad, oc, ic, self._calls(1.0, 1.1, f), self._calls(3.2, 0.7, f), dc, self._topup(),
                int(self.lv(8.0, 1.2) * f)]

    def u_youth(self):
        ad = self._days(27, 4)
        f = ad / 30.0
        oc = self._calls(2.6, 0.9, f)
        ic = self._calls(2.8, 0.8, f)
        dc = min(oc, int(oc * (0.2 + 0.5 * self.r())) + (1 if oc else 0))
        return [ad, oc, ic, self._calls(0.8, 1.0, f), self._calls(3.0, 0.7, f), dc, self._topup(),
                int(self.lv(8.8, 1.0) * f)]

    def u_elderly(self):
        ad = self._days(24, 6)
        f = ad / 30.0
        oc = self._calls(2.9, 0.8, f)
        ic = self._calls(3.3, 0.7, f)
        dc = min(oc, int(oc * (0.1 + 0.3 * self.r())) + (1 if oc else 0))
        data = 0 if self.r() < 0.45 else int(self.lv(5.5, 1.5) * f)
        return [ad, oc, ic, self._calls(0.3, 0.8, f), self._calls(2.3, 0.8, f), dc, self._topup(), data]

    def u_backup(self):
        ri = self.ri
        ad = ri(0, 8)
        if ad == 0:
            return [0, 0, 0, 0, ri(0, 6), 0, 0, 0]
        oc = ri(0, 5)
        return [ad, oc, ri(0, 6), ri(0, 2), ri(2, 20), min(oc, ri(0, 3)),
                0 if self.r() < 0.6 else (10000, 20000)[self.rr(2)], ri(0, 300)]

    def u_dormant(self):
        return [0, 0, 0, 0, 0, 0, 0, 0]

    def u_data_only(self):
        ad = self._days(25, 5, 5)
        return [ad, 0, 0, 0, self.ri(1, 12), 0, (70000, 90000, 120000, 200000, 300000)[self.rr(5)],
                int(self.lv(9.3, 0.8) * ad / 30.0)]

    def u_child(self):
        ri = self.ri
        ad = self._days(26, 4)
        oc = ri(10, 60)
        return [ad, oc, ri(15, 80), ri(0, 10), ri(2, 20), min(oc, ri(2, 6)), self._topup(1),
                ri(0, 1500)]

    def u_iot(self):
        ri = self.ri
        return [ri(27, 30), 0, 0, ri(0, 90), ri(0, 30), 0, None if self.r() < 0.7 else 0, ri(1, 300)]

    def u_fleet(self):
        ad = self._days(26, 3)
        f = ad / 30.0
        oc = self._calls(4.5, 0.6, f)
        return [ad, oc, self._calls(4.3, 0.6, f), self.ri(0, 20), self.ri(5, 50),
                min(oc, int(oc * (0.2 + 0.3 * self.r())) + 1), None if self.r() < 0.6 else 0,
                int(self.lv(7.0, 0.8) * f)]

    def u_callc(self):
        ri = self.ri
        oc = ri(600, 3000)
        return [ri(20, 26), oc, ri(80, 800), ri(0, 60), ri(5, 40), int(oc * (0.55 + 0.35 * self.r())),
                None if self.r() < 0.7 else 0, ri(0, 300)]

    def u_tourist(self):
        ri = self.ri
        ad = ri(3, 20)
        oc = ri(0, 15)
        return [ad, oc, ri(0, 10), ri(0, 5), ri(3, 20), min(oc, ri(0, 8)), 0,
                int(self.lv(7.5, 0.7) * ad)]

    def u_resold(self):
        d0 = self.ri(3, 45)              # days on the shelf before a buyer puts it in a phone
        if d0 >= 30:
            return [0, 0, 0, 0, self.ri(0, 3), 0, 0, 0]
        v = self.u_normal()
        f = (30 - d0) / 30.0
        v[0] = min(v[0], 30 - d0)
        for i in (1, 2, 3, 4, 7):
            v[i] = int(v[i] * f)
        v[5] = min(v[5], v[1])
        return v

    def u_spam(self):
        ri = self.ri
        ad = ri(2, 12)
        oc = int(self.lv(6.5, 0.6))
        return [ad, oc, ri(0, 20), int(self.lv(4.0, 2.0)) if self.r() < 0.6 else 0, ri(0, 10),
                int(oc * (0.85 + 0.15 * self.r())), self._topup(self.ri(0, 2)), ri(0, 30)]

    def u_spam_stealth(self):
        ri = self.ri
        ad = ri(10, 28)
        oc = int(self.lv(4.8, 0.5))
        return [ad, oc, int(self.lv(2.5, 0.8)), ri(0, 60), ri(2, 25), int(oc * (0.6 + 0.3 * self.r())),
                self._topup(self.ri(1, 3)), int(self.lv(5.0, 1.2))]

    def u_bypass(self):
        ri = self.ri
        oc = int(self.lv(7.0, 0.5))
        return [ri(5, 25), oc, ri(0, 3), 0, ri(0, 3), int(oc * (0.8 + 0.2 * self.r())), 0, 0]

    def u_otp(self):
        ri = self.ri
        oc = ri(0, 1)
        return [ri(10, 30), oc, ri(0, 2), ri(0, 2), int(self.lv(5.0, 0.7)), oc,
                0 if self.r() < 0.7 else 10000, ri(0, 3)]

    def u_otp_stealth(self):
        ri = self.ri
        oc = ri(0, 8)
        return [ri(8, 25), oc, ri(0, 8), ri(0, 5), int(self.lv(3.8, 0.5)), min(oc, ri(0, 4)),
                self._topup(ri(0, 2)), int(self.lv(3.0, 1.5))]

    def u_scam(self):
        ri = self.ri
        oc = int(self.lv(5.3, 0.6))
        return [ri(2, 9), oc, int(self.lv(2.5, 1.0)), ri(0, 100), ri(3, 60),
                int(oc * (0.7 + 0.28 * self.r())), self._topup(ri(1, 4)), ri(0, 500)]

    def u_swap(self):
        ri = self.ri
        oc = ri(0, 5)
        return [ri(1, 4), oc, ri(0, 3), ri(0, 3), ri(5, 40), min(oc, ri(0, 3)), self._topup(ri(0, 1)),
                ri(0, 200)]

    # ------------------------------------------------------------------ emission
    def emit(self, c, n9, ident, t, ch, agent, dev, sh, fm, popdb, status, fuse, usage, pat,
             stock=None, sim=None):
        """ident = (stype, id_type, id_number, name, dob, gender, nationality, province)."""
        if t > self.T_END:
            t = self.T_END
        elif t < 0:
            t = 0
        if status == 'ACTIVE' and self.blank_active[c]:
            status = ''
        if popdb == 'UNCHECKED' and self.blank_unchecked[c]:
            popdb = ''
        st = ident[0]
        if st == 'INDIVIDUAL' and self.blank_stype[c]:
            st = ''
        nat = ident[6]
        if nat == 'VN' and self.blank_nat[c]:
            nat = ''
        prov = ident[7]
        if self.r() < self.sc['prov_blank']:
            prov = ''
        if sim is None:
            imsi = iccid = ''
            if stock is None:
                if agent is not None:
                    stock = agent
                elif ch == 'EKYC_APP' and self.r() < 0.7:
                    # SIM kit bought at a dealer, activated in the carrier app
                    pv = ident[7] if ident[7] in self.res_share else self.res_wc.pick(self.r)
                    stock = self.pick_agent(c, pv, 'AGENT')
                else:
                    stock = self.online_stock(c)
        else:
            imsi, iccid = sim
            stock = None
        row = [self.cdisp[c], self.fmt_msisdn(c, n9), imsi, iccid, st, ident[1], ident[2], ident[3],
               ident[4], ident[5], nat, prov, t, ch, agent.code if agent is not None else '', dev,
               sh, fm, popdb, status, fuse]
        row.extend(usage)
        row.append(stock)
        row.append((c, n9))
        if stock is not None:
            stock.pending.append(row)
        self.rows.append(row)
        self.labels[(c, n9)] = pat
        return row

    def pident(self, p, t, c, doc=None, prov=None):
        idt, idn = doc if doc is not None else self.doc_for(p, t)
        return ('INDIVIDUAL', idt, idn, self.name_form(p.name, c, t), p.dob, p.g, p.nat,
                prov if prov is not None else p.rprov)

    def typo_name(self, name):
        r, rr = self.r, self.rr
        words = name.split(' ')
        i = rr(len(words))
        w = words[i]
        x = r()
        if x < 0.5:
            w2 = strip_diacritics(w)
            if w2 == w and len(w) > 2:
                j = rr(len(w) - 1)
                w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif x < 0.8 and len(w) > 2:
            j = rr(len(w) - 1)
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif len(w) > 3:
            j = 1 + rr(len(w) - 1)
            w2 = w[:j] + w[j + 1:]
        else:
            w2 = w + w[-1]
        words[i] = w2
        return ' '.join(words)

    def apply_typo(self, ident, t, popdb):
        ident = list(ident)
        x = self.r()
        if x < 0.4:
            ident[3] = self.typo_name(ident[3])
        elif x < 0.7 and ident[4]:
            y, m, d = ident[4].split('-')
            if int(d) <= 12 and d != m:
                ident[4] = '%s-%s-%s' % (y, d, m)
            else:
                dd = int(d) + (1 if int(d) < 28 else -1)
                ident[4] = '%s-%s-%02d' % (y, m, dd)
        elif x < 0.8 and ident[4]:
            y, m, d = ident[4].split('-')
            ident[4] = '%04d-%s-%s' % (int(y) + (1 if self.r() < 0.5 else -1), m, d)
        elif x < 0.95:
            s = ident[2]
            if len(s) >= 9 and s.isdigit():
                j = len(s) - 1 - self.rr(6)
                s = s[:j] + str((int(s[j]) + 1 + self.rr(8)) % 10) + s[j + 1:]
                ident[2] = s
            else:
                ident[3] = self.typo_name(ident[3])
        else:
            ident[5] = 'F' if ident[5] == 'M' else 'M'
        if t >= self.T_POPDB and self.r() < 0.6:
            popdb = 'MISMATCH'
        return tuple(ident), popdb

    def legit_dev(self, p, ch, agent):
        if agent is not None:
            return agent.devices[self.rr(len(agent.devices))]
        if ch == 'EKYC_APP':
            return p.phone
        x = self.r()
        return p.phone if x < 0.55 else (self.courier_dev(p.rprov) if x < 0.85 else '')

    def clean_sim(self, p, t, c, ch, pat, prof, rem, dev=None, fuse=None, others=None):
        """One ordinary subscription of person p (1 row, or 2 with a history row)."""
        r = self.r
        age = self.age_at(p, t)
        if c in BIG5 and len(self.big_in) > 1 and r() < self.hh['ported']:
            donor = c
            while donor == c:
                donor = self.big_in[self.rr(len(self.big_in))]
            n9 = self.new_nat9(donor)
            if pat == 'clean':
                pat = 'ported_number'
            if ch in ('EKYC_APP', 'ONLINE') and r() < 0.5:
                ch = 'STORE'
                t = self.at_hour(t // 86400, 'STORE')
        elif r() < self.hh['nice']:
            n9 = self.nice_nat9(c)
            if pat == 'clean':
                pat = 'nice_number_owner'
        else:
            n9 = self.new_nat9(c)
        agent = None
        if ch == 'STORE' or ch == 'AGENT':
            x = r()
            prov_at = p.rprov if x < 0.9 else (p.bprov if x < 0.95 else self.res_wc.pick(r))
            agent = self.pick_agent(c, prov_at, ch)
        if dev is None:
            dev = self.legit_dev(p, ch, agent)
        doc = self.doc_for(p, t)
        if doc[0] == 'CCCD' and r() < 0.002:
            if p.ppt is None:
                p.ppt = self.passport_no('VN')
            doc = ('PASSPORT', p.ppt)
            if pat == 'clean':
                pat = 'vn_passport'
        ident = self.pident(p, t, c, doc)
        sh, fm = self.selfie_fields(p.face, ch, t, age)
        popdb = self.popdb_legit(t)
        status = self.status_legit(t)
        if fuse is None:
            if prof == 'dormant':
                fuse = ''
            elif prof == 'data_only':
                fuse = self.new_imei('mifi' if r() < 0.7 else 'tablet')
            elif r() < 0.06:
                fuse = ''
            elif pat in ('multi_sim_personal', 'backup_sim', 'multi_sim_in_person', 'nice_number_owner') \
                    and r() < (0.8 if pat == 'multi_sim_in_person' else 0.5):
                fuse = self.new_imei('phone' if r() < 0.7 else 'feature')   # second / old handset
            else:
                fuse = p.phone
        usage = self.usage(prof, t)
        if pat == 'clean':
            if doc[0] == 'CMND':
                pat = 'legacy_cmnd12' if len(doc[1]) == 12 else 'legacy_cmnd'
            elif age >= 75:
                pat = 'elderly_subscriber'
            elif ident[3] != p.name:
                pat = 'name_variant'
        if r() < self.hh['typo']:
            ident, popdb = self.apply_typo(ident, t, popdb)
            pat = 'clerical_typo'
        if self.T_END >= self.T_VNEID and t < self.T_VNEID and status == 'ACTIVE' and r() < 0.025:
            status = 'ONE_WAY_LOCKED'
            if self.T_END >= self.T_VNEID + 60 * 86400 and r() < 0.5:
                status = 'TWO_WAY_LOCKED'
            pat = 'unconfirmed_lock_legit'
        if rem >= 2:
            x = r()
            if doc[0] == 'CMND' and t < self.T_POPDB and self.T_END > self.T_CLEAN_DONE + 86400 \
                    and x < self.hh['restd']:
                # 2023 clean-up: same SIM, subscriber updates the record to the CCCD
                lo = max(t + 86400, self.T_CLEAN - 40 * 86400)
                hi = min(self.T_END, self.T_CLEAN + 160 * 86400)
                if lo < self.T_END:
                    sim = self.sim_now(agent if agent is not None else self.online_stock(c))
                    old_status = 'ONE_WAY_LOCKED' if r() < 0.3 else 'ACTIVE'
                    self.emit(c, n9, ident, t, ch, agent, dev, sh, fm, 'UNCHECKED', old_status, fuse,
                              usage, pat, sim=sim)
                    t2 = self.rand_time('EKYC_APP', lo, max(lo, hi))
                    y = r()
                    ch2 = 'EKYC_APP' if (y < 0.45 and t2 >= self.T_EKYC) else ('STORE' if y < 0.8 else 'AGENT')
                    if ch2 != 'EKYC_APP':
                        t2 = max(lo, self.at_hour(t2 // 86400, ch2))
                    ag2 = self.pick_agent(c, p.rprov, ch2) if ch2 != 'EKYC_APP' else None
                    dev2 = self.legit_dev(p, ch2, ag2)
                    sh2, fm2 = self.selfie_fields(p.face, ch2, t2, self.age_at(p, t2))
                    self.emit(c, n9, self.pident(p, t2, c), t2, ch2, ag2, dev2, sh2, fm2, 'MATCH', status,
                              fuse, EMPTY8, 'restandardised', sim=sim)
                    return 2
            x = r()
            rep, tra, rec = self.hh['replace'], self.hh['transfer'], self.hh['recycle']
            if t < self.T_END - 300 * 86400 and rep + tra <= x < rep + tra + rec:
                # number terminated and, after quarantine, reissued to somebody else
                self.emit(c, n9, ident, t, ch, agent, dev, sh, fm, popdb, 'TERMINATED', fuse, usage, pat)
                t2 = self.rand_time('AGENT', t + 200 * 86400)
                q = self.new_person(18, 60, t2)
                ch2 = self.pick_channel(t2, self.age_at(q, t2))
                t2 = max(t + 200 * 86400, self.at_hour(t2 // 86400, 'EKYC_APP' if ch2 in ('EKYC_APP', 'ONLINE') else ch2))
                ag2 = self.pick_agent(c, q.rprov, ch2) if ch2 in ('STORE', 'AGENT') else None
                sh2, fm2 = self.selfie_fields(q.face, ch2, t2, self.age_at(q, t2))
                self.emit(c, n9, self.pident(q, t2, c), t2, ch2, ag2, self.legit_dev(q, ch2, ag2), sh2, fm2,
                          self.popdb_legit(t2), self.status_legit(t2), q.phone, self.usage('normal', t2),
                          'recycled_number')
                return 2
            if t < self.T_END - 120 * 86400 and x < rep + tra:
                if x < rep:
                    self.emit(c, n9, ident, t, ch, agent, dev, sh, fm, popdb, 'ACTIVE', fuse, usage, pat)
                    t2 = self.rand_time('STORE', t + 30 * 86400)
                    ch2 = 'STORE' if r() < 0.7 else 'AGENT'
                    ag2 = self.pick_agent(c, p.rprov, ch2)
                    sh2, fm2 = self.selfie_fields(p.face, ch2, t2, self.age_at(p, t2))
                    if r() < 0.4:
                        p.phone = self.new_imei('phone')
                    self.emit(c, n9, self.pident(p, t2, c), t2, ch2, ag2,
                              ag2.devices[self.rr(len(ag2.devices))], sh2, fm2, self.popdb_legit(t2),
                              status, p.phone, self.usage('normal', t2), 'sim_replacement')
                    return 2
                q = None
                if others:
                    cand = [o for o in others if o is not p and self.age_at(o, t) >= 16]
                    if cand:
                        q = cand[self.rr(len(cand))]
                t2 = self.rand_time('STORE', t + 60 * 86400)
                if q is None:
                    q = self.new_person(20, 60, t2, rprov=p.rprov)
                same_sim = r() < 0.7
                sim = self.sim_now(agent if agent is not None else self.online_stock(c)) if same_sim else None
                self.emit(c, n9, ident, t, ch, agent, dev, sh, fm, popdb, 'ACTIVE', fuse, usage, pat, sim=sim)
                ch2 = 'STORE' if r() < 0.85 else 'AGENT'
                ag2 = self.pick_agent(c, q.rprov, ch2)
                sh2, fm2 = self.selfie_fields(q.face, ch2, t2, self.age_at(q, t2))
                self.emit(c, n9, self.pident(q, t2, c), t2, ch2, ag2, ag2.devices[self.rr(len(ag2.devices))],
                          sh2, fm2, self.popdb_legit(t2), status, q.phone, EMPTY8, 'ownership_transfer',
                          sim=sim)
                return 2
        self.emit(c, n9, ident, t, ch, agent, dev, sh, fm, popdb, status, fuse, usage, pat)
        return 1

    def household(self, rem):
        r, hh = self.r, self.hh
        rprov = self.res_wc.pick(r)
        anchor = self.rand_time('AGENT')
        home_b = rprov if r() < 0.65 else self.birth_wc.pick(r)
        lo, hi = self.adult_age_wc.pick(r)
        head = self.new_person(lo, hi, anchor, bprov=home_b, rprov=rprov)
        hage = self.age_at(head, anchor)
        members = [head]
        x = r()
        spouse = None
        if x > 0.3 and hage >= 20:
            sa = max(18.0, hage + self.gauss(0, 3) + (-2.5 if head.g == 'M' else 2.5))
            spouse = self.new_person(sa, sa + 0.5, anchor, g='F' if head.g == 'M' else 'M',
                                     bprov=self.birth_wc.pick(r) if r() < 0.4 else home_b, rprov=rprov)
            members.append(spouse)
        father = head if head.g == 'M' else spouse
        fam = father.fam if father is not None else head.fam
        kids = []
        if x > 0.5 and 28 <= hage <= 68:
            for _ in range(1 + self.rr(3)):
                ca = hage - 22 - self.rr(12)
                if ca < 1:
                    continue
                kid = self.new_person(ca, ca + 1, anchor, bprov=rprov, rprov=rprov, fam=fam)
                members.append(kid)
                kids.append(kid)
        if x > 0.5 and 25 <= hage <= 50 and r() < 0.3:
            ga = hage + 22 + self.rr(10)
            members.append(self.new_person(ga, ga + 1, anchor, bprov=home_b, rprov=rprov,
                                           fam=head.fam if head.g == 'M' else None))
        plan = []
        elderly, young = [], []
        E_ord = self.E_ord
        for p in members:
            age_end = (E_ord - p.dob_ord) / 365.25
            if age_end < 14:
                continue
            t_lo = self.min_t_for_age(p, 14)
            if t_lo > self.T_END:
                continue
            if age_end < 18 and r() > 0.55:
                continue
            if age_end >= 75 and r() > (0.65 if age_end < 85 else 0.3):
                continue
            k = self.k_wc.pick(r) if age_end < 70 else (1 if r() < 0.85 else 2)
            times = sorted(self.rand_day(t_lo) for _ in range(k))
            c0 = self.carrier_wc.pick(r)
            per_c = {}
            first = None
            for i, d in enumerate(times):
                c = c0 if (i == 0 or r() < 0.45) else self.carrier_wc.pick(r)
                t = d * 86400 + 12 * 3600
                age = self.age_at(p, t)
                ch = self.pick_channel(t, age)
                cnt = per_c.get(c, 0)
                per_c[c] = cnt + 1
                if cnt >= 3 and (ch == 'EKYC_APP' or ch == 'ONLINE'):
                    ch = 'STORE' if r() < 0.6 else 'AGENT'       # Decree 163 Art. 16(3)
                if (c == 'ITEL' and t < self.T_ITEL) or (c in ('ASIM', 'LOCAL', 'DIGILIFE', 'WINTEL')
                                                          and t < self.T_2019):
                    c = c0 if c0 in BIG5 else 'VIETTEL'
                    if c not in self.cshare:
                        c = c0
                t = self.at_hour(d, 'STORE' if ch == 'STORE' else ('AGENT' if ch == 'AGENT' else 'EKYC_APP'))
                if t < t_lo:
                    t = t_lo
                if i == 0:
                    prof = 'youth' if age < 25 else ('elderly' if age >= 60 else 'normal')
                    pat = 'clean'
                    if r() < hh['dormant']:
                        prof, pat = 'dormant', 'backup_sim'
                elif k >= 4 and i >= 3:
                    pat = 'multi_sim_in_person'
                    prof = 'normal' if r() < 0.6 else 'backup'
                else:
                    y = r() * (0.75 + 0.25 * hh['datasim'])
                    if y < 0.45:
                        prof, pat = 'normal', 'multi_sim_personal'
                    elif y < 0.45 + 0.25 * hh['datasim']:
                        prof, pat = 'data_only', 'data_only'
                    else:
                        prof, pat = 'backup', 'backup_sim'
                e = [p, t, c, ch, pat, prof, None, None]
                plan.append(e)
                if first is None:
                    first = e
            if age_end >= 60 and first is not None:
                elderly.append(first)
            elif 18 <= age_end <= 50:
                young.append(p)
        # a younger relative registers the elderly parents in the carrier app on his/her phone
        if young and elderly and self.T_END > self.T_EKYC + 86400 and r() < hh['family_device']:
            helper = young[self.rr(len(young))]
            ts = self.rand_time('EKYC_APP', self.T_EKYC)
            for j, e in enumerate(elderly):
                tt = ts + j * self.ri(120, 900)
                if tt < self.min_t_for_age(e[0], 14):
                    continue
                e[1], e[3], e[4], e[6], e[7] = tt, 'EKYC_APP', 'family_shared_device', helper.phone, e[0].phone
                if e[5] == 'dormant':
                    e[5] = 'elderly'
        # a parent registers a SIM in his/her own name for a child under 14 (watch / kid phone)
        for kid in kids:
            if r() >= hh['guardian']:
                continue
            lo_t = max(self.min_t_for_age(kid, 6), self.T_2019 if self.T_2019 > 0 else 0)
            hi_t = min(self.min_t_for_age(kid, 13.9), self.T_END)
            if lo_t >= hi_t:
                continue
            par = spouse if (spouse is not None and r() < 0.5) else head
            t = self.rand_time('AGENT', lo_t, hi_t)
            if t < self.min_t_for_age(par, 18):
                continue
            ch = self.pick_channel(t, self.age_at(par, t))
            t = self.at_hour(t // 86400, 'STORE' if ch == 'STORE' else ('AGENT' if ch == 'AGENT' else 'EKYC_APP'))
            plan.append([par, t, self.carrier_wc.pick(r), ch, 'guardian_for_minor', 'child', None,
                         self.new_imei('watch' if r() < 0.5 else 'feature')])
        made = 0
        adults = [m for m in members if m is not None]
        for e in plan:
            if made >= rem:
                break
            made += self.clean_sim(e[0], e[1], e[2], e[3], e[4], e[5], rem - made, dev=e[6], fuse=e[7],
                                   others=adults)
        return made

    # ------------------------------------------------------------------ legitimate groups
    def season_day(self, month, day, span_days):
        """A day index inside [month/day, +span_days) of some year of the scenario, or random."""
        cands = []
        for y in range(self.day_year[0], self.day_year[-1] + 1):
            o = datetime.date(y, month, day).toordinal() - self.S_ord
            if 0 <= o and o + span_days < self.ndays - 31:
                cands.append(o)
        if not cands:
            return self.rand_day(0, self.T_END - 35 * 86400)
        return cands[self.rr(len(cands))] + self.rr(span_days)

    def gen_student_campaign(self, budget):
        r = self.r
        made = 0
        uwc = WC([(p, (4 if p in ('001', '079') else 1)) for p in UNIVERSITY])
        while made < budget:
            prov = uwc.pick(r)
            c = self.carrier_wc.pick(r)
            ag = self.new_agent(c, prov, 'MOBILE')
            d0 = self.season_day(8, 20, 50)
            nd = 1 + self.rr(3)
            size = min(self.ri(40, 300), budget - made)
            nats = self.nat9_run(c, size) if r() < 0.5 else None
            for i in range(size):
                d = min(self.ndays - 1, d0 + self.rr(nd))
                t = d * 86400 + 7 * 3600 + 1800 + self.rr(9 * 3600 + 1800)
                bprov = self.birth_wc.pick(r)
                s = self.new_person(18, 19.6, t, bprov=bprov, rprov=bprov if r() < 0.85 else prov)
                sh, fm = self.selfie_fields(s.face, 'STORE', t, 18)
                self.emit(c, nats[i] if nats else self.new_nat9(c), self.pident(s, t, c), t, 'STORE', ag,
                          ag.devices[self.rr(len(ag.devices))], sh, fm, self.popdb_legit(t),
                          self.status_legit(t), s.phone if r() < 0.95 else '', self.usage('youth', t),
                          'student_campaign')
                made += 1
        return made

    def gen_migrant_workers(self, budget):
        r = self.r
        made = 0
        iwc = WC([(p, self.res_share[p]) for p in INDUSTRIAL])
        while made < budget:
            prov = iwc.pick(r)
            c = self.carrier_wc.pick(r)
            v = self.pool(c, prov)
            top = sorted(v[2], key=lambda a: -a.w)[:3]
            ag = top[self.rr(len(top))]
            d = self.rand_day(0, self.T_END - 35 * 86400)
            if r() < 0.6:
                d = min(self.ndays - 1, d + (6 - (self.S_ord + d) % 7) % 7)   # Sunday
            wc = self.north_rural_wc if PROV_REGION[prov] == 'N' else self.south_rural_wc
            size = min(self.ri(15, 100), budget - made)
            for i in range(size):
                h = (8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 19, 20, 20)[self.rr(13)]
                t = d * 86400 + h * 3600 + self.rr(3600)
                bprov = wc.pick(r)
                w = self.new_person(18, 36, t, bprov=bprov, rprov=bprov if r() < 0.75 else prov)
                sh, fm = self.selfie_fields(w.face, 'AGENT', t, 25)
                self.emit(c, self.new_nat9(c), self.pident(w, t, c), t, 'AGENT', ag,
                          ag.devices[self.rr(len(ag.devices))], sh, fm, self.popdb_legit(t),
                          self.status_legit(t), w.phone, self.usage('normal', t), 'migrant_workers')
                made += 1
        return made

    def tax_code(self, prov):
        W = (31, 29, 23, 19, 17, 13, 7, 5, 3)
        while True:
            d = TAX_PREFIX.get(prov, '%02d' % self.ri(10, 63)) + '%07d' % self.rr(10 ** 7)
            s = 0
            for i in range(9):
                s += (ord(d[i]) - 48) * W[i]
            cd = 10 - s % 11
            if 0 <= cd <= 9:
                break
        code = d + str(cd)
        if self.r() < 0.15:
            code += '-%03d' % self.ri(1, 12)
        return code

    def new_org(self, kind, prov):
        r, rg = self.r, self.rng
        typ = WC(ORG_TYPES).pick(r)
        sect = rg.choice(ORG_SECTOR[kind])
        brand = rg.choice(ORG_BRAND)
        if typ[0].isupper() and typ[1].isupper():
            name = '%s %s %s' % (typ, sect, brand)
        else:
            name = '%s %s %s' % (typ, sect.title() if r() < 0.5 else sect.capitalize(), brand.title())
        if r() < 0.05:
            name = strip_diacritics(name).upper()
        return name, self.tax_code(prov), self.new_person(30, 60, self.T_END)

    def gen_org(self, kind, budget):
        r = self.r
        made = 0
        pat = {'iot': 'org_iot', 'fleet': 'org_fleet', 'callc': 'org_call_centre'}[kind]
        while made < budget:
            prov = self.res_wc.pick(r) if r() < 0.5 else ('001', '079', '048', '074', '075')[self.rr(5)]
            c = self.carrier_wc.pick(r)
            name, tax, rep = self.new_org(kind, prov)
            ident = ('ORGANIZATION', 'ORG', tax, name, '', '', 'VN', prov)
            mu = {'iot': (4.4, 0.9), 'fleet': (3.4, 0.8), 'callc': (3.7, 0.6)}[kind]
            total = max(5, int(self.lv(*mu)))
            total = min(total, budget - made, max(25, budget // 2))
            ns = 1 + self.rr(3 if kind != 'fleet' else 5)
            store = self.pick_agent(c, prov, 'STORE')
            left = total
            for si in range(ns):
                m = left if si == ns - 1 else max(1, left // (ns - si) + self.ri(-2, 2))
                m = min(m, left)
                if m <= 0:
                    break
                left -= m
                t0 = self.rand_time('OFFICE', 0, self.T_END - 40 * 86400)
                sims = self.sim_block(c, m)
                nats = self.nat9_run(c, m) if r() < 0.7 else None
                sh, fm = self.selfie_fields(rep.face, 'STORE', t0, 45)
                dev = store.devices[self.rr(len(store.devices))]
                popdb = 'MATCH' if (t0 >= self.T_POPDB and r() < 0.6) else 'UNCHECKED'
                mods = self.imei_run('iot', m) if kind == 'iot' else None
                idle = kind == 'iot' and r() < 0.25
                t = t0
                for j in range(m):
                    t += self.ri(2, 25)
                    if kind == 'iot':
                        prof = 'iot_idle' if (idle and r() < 0.7) else 'iot'
                        fuse = '' if prof == 'iot_idle' else mods[j]
                    else:
                        prof = 'fleet' if kind == 'fleet' else 'callc'
                        fuse = self.new_imei('phone')
                    self.emit(c, nats[j] if nats else self.new_nat9(c), ident, t, 'STORE', store, dev, sh, fm,
                              popdb, self.status_legit(t), fuse, self.usage(prof, t), pat, sim=sims[j])
                    made += 1
        return made

    def gen_org_iot(self, budget):
        return self.gen_org('iot', budget)

    def gen_org_fleet(self, budget):
        return self.gen_org('fleet', budget)

    def gen_org_call_centre(self, budget):
        return self.gen_org('callc', budget)

    def gen_tourist_sim(self, budget):
        r = self.r
        made = 0
        awc = WC([('079', 4), ('001', 3), ('048', 2), ('056', 1.5), ('091', 1)])
        nwc = WC([('KR', 30), ('CN', 20), ('US', 8), ('JP', 6), ('TW', 6), ('AU', 5), ('IN', 4), ('TH', 4),
                  ('MY', 3), ('SG', 2), ('FR', 3), ('DE', 3), ('GB', 3), ('RU', 3)])
        kiosks = {}
        while made < budget:
            prov = awc.pick(r)
            c = self.carrier_wc.pick(r)
            ag = kiosks.get((c, prov))
            if ag is None:
                ag = self.new_agent(c, prov, 'KIOSK')
                kiosks[(c, prov)] = ag
            ch = 'STORE' if (CARRIERS[c]['big'] and (ord(ag.code[-1]) % 2 == 0)) else 'AGENT'
            t0 = self.rand_time('KIOSK', 0, self.T_END - 2 * 86400)
            n = min(self.ri(4, 30), budget - made)
            for i in range(n):
                t = t0 + self.rr(5400)
                p = self.foreign_person(nwc.pick(r), 20, 65, t)
                sh, fm = self.selfie_fields(p.face, ch, t, 35)
                st = self.status_legit(t)
                if self.T_END - t > 60 * 86400 and r() < 0.5:
                    st = 'TERMINATED' if r() < 0.6 else 'TWO_WAY_LOCKED'
                self.emit(c, self.new_nat9(c), self.pident(p, t, c, prov=prov), t, ch, ag,
                          ag.devices[self.rr(len(ag.devices))], sh, fm, 'UNCHECKED', st, p.phone,
                          self.usage('tourist', t), 'tourist_sim')
                made += 1
        return made

    def gen_foreign_resident(self, budget):
        r = self.r
        made = 0
        nwc = WC([('KR', 30), ('CN', 30), ('JP', 12), ('TW', 12), ('US', 4), ('IN', 4), ('TH', 3),
                  ('FR', 2), ('DE', 2), ('AU', 1)])
        pwc = WC([(p, self.res_share[p] * (2 if p in ('001', '079') else 1)) for p in INDUSTRIAL + ['048']])
        while made < budget:
            prov = pwc.pick(r)
            p = self.foreign_person(nwc.pick(r), 24, 60, self.T_END // 2)
            p.rprov = prov
            k = 1 if r() < 0.75 else 2
            for _ in range(min(k, budget - made)):
                t = self.rand_time('STORE')
                c = self.carrier_wc.pick(r)
                ch = 'STORE' if r() < 0.75 else 'AGENT'
                ag = self.pick_agent(c, prov, ch)
                sh, fm = self.selfie_fields(p.face, ch, t, 40)
                self.emit(c, self.new_nat9(c), self.pident(p, t, c), t, ch, ag,
                          ag.devices[self.rr(len(ag.devices))], sh, fm, 'UNCHECKED', self.status_legit(t),
                          p.phone, self.usage('normal', t), 'foreign_resident')
                made += 1
        return made

    def gen_preact_then_restandardised(self, budget):
        r = self.r
        made = 0
        hi0 = min(self.T_POPDB, self.T_END - 200 * 86400)
        if hi0 < 30 * 86400 or self.T_END < self.T_CLEAN_DONE:
            return 0
        while made + 2 <= budget:
            c = self.fraud_cwc.pick(r)
            prov = self.res_wc.pick(r)
            ag = self.complicit(c, prov)
            t0 = self.rand_time('AGENT', 0, hi0)
            v = self.leaked_person()
            sim = self.sim_now(ag)
            n9 = self.new_nat9(c)
            sh, fm = self.selfie_fields(self.bits(64), 'AGENT', t0, 40, 'low')
            self.emit(c, n9, self.pident(v, t0, c), t0, 'AGENT', ag, ag.devices[0], sh, fm, 'UNCHECKED',
                      'ONE_WAY_LOCKED', self.new_imei('phone'), self.usage('resold', t0), 'preact_leaked_ids',
                      sim=sim)
            lo = max(t0 + 30 * 86400, self.T_CLEAN - 60 * 86400)
            t2 = self.rand_time('EKYC_APP', lo, max(lo, min(self.T_END, self.T_CLEAN + 200 * 86400)))
            u = self.new_person(18, 60, t2)
            ch = 'EKYC_APP' if (t2 >= self.T_EKYC and r() < 0.5) else 'STORE'
            ag2 = None if ch == 'EKYC_APP' else self.pick_agent(c, u.rprov, ch)
            if ch != 'EKYC_APP':
                t2 = max(lo, self.at_hour(t2 // 86400, 'STORE'))
            sh2, fm2 = self.selfie_fields(u.face, ch, t2, self.age_at(u, t2))
            self.emit(c, n9, self.pident(u, t2, c), t2, ch, ag2, self.legit_dev(u, ch, ag2), sh2, fm2, 'MATCH',
                      self.status_legit(t2), u.phone, EMPTY8, 'preact_then_restandardised', sim=sim)
            made += 2
        return made

    # ------------------------------------------------------------------ fraud helpers
    def frow(self, pat, c, n9, ident, t, ch, ag, dev, sh, fm, popdb, prof, fuse, non_owner,
             sim=None, stock=None, status=None):
        if t > self.T_END:
            t = self.T_END
        if status is None:
            status = self.status_fraud(t, popdb, non_owner, prof)
        self.emit(c, n9, ident, t, ch, ag, dev, sh, fm, popdb, status, fuse, self.usage(prof, t), pat,
                  stock=stock, sim=sim)

    def pick_st(self, ls, lb):
        """Is the next fraud group a stealthy one?  The scenario's stealth value is the expected
        share of fraud *rows* from stealthy groups; ls / lb are mean group sizes (stealthy / blatant)."""
        s = self.stealth
        if s <= 0.0:
            return False
        if s >= 1.0:
            return True
        return self.r() < s * lb / (s * lb + (1.0 - s) * ls)

    def fraud_fuse(self, prof, stealthy, pool=None):
        if prof in ('unused', 'dormant'):
            return ''
        if prof == 'resold':
            return self.new_imei('phone' if self.r() < 0.85 else 'feature')
        if stealthy:
            return self.new_imei('phone')
        if pool:
            return pool[self.rr(len(pool))]
        return self.fraud_box()

    def fsel(self, face, ch, t, kind, age=40):
        """Selfie and face match of a fraudulent registration."""
        if not self.has_selfie(ch, t):
            return '', ''
        sh = self.cap(face)
        if not self.has_fm(ch, t):
            return sh, ''
        return sh, self.fm_kind(kind, age)

    def cident(self, cache, p, t, c):
        """Identity fields copied from one stored record (same name form on every SIM)."""
        doc = self.doc_for(p, t)
        k = (id(p), c, doc[1])
        v = cache.get(k)
        if v is None:
            v = self.pident(p, t, c, doc)
            cache[k] = v
        return v

    def victim_own(self, p, budget, made, prob):
        """The genuine SIM of a person whose identity is misused (0 or 1 row)."""
        if made + 2 > budget or self.r() >= prob:
            return 0
        lo = self.min_t_for_age(p, 16)
        if lo > self.T_END - 60 * 86400:
            return 0
        t = self.rand_time('AGENT', lo)
        return self.clean_sim(p, t, self.carrier_wc.pick(self.r), self.pick_channel(t, self.age_at(p, t)),
                              'victim_own_sim', 'normal' if self.age_at(p, t) < 60 else 'elderly', 1)

    def with_name(self, ident, name):
        return (ident[0], ident[1], ident[2], name) + tuple(ident[4:])

    def group_size(self, lo, hi, budget, made):
        return max(1, min(self.ri(lo, hi), budget - made))

    # ------------------------------------------------------------------ fraud patterns
    def gen_preact_leaked_ids(self, budget):
        r = self.r
        made = 0
        pw_st, pw_ns = WC([('resold', 60), ('unused', 25), ('otp_stealth', 15)]), \
            WC([('unused', 40), ('resold', 35), ('otp', 10), ('spam', 15)])
        while made < budget:
            st = self.pick_st(11, 67)
            pw = pw_st if st else pw_ns
            c = self.fraud_cwc.pick(r)
            prov = self.res_wc.pick(r)
            ag = self.complicit(c, prov)
            size = self.group_size(4, 18, budget, made) if st else self.group_size(15, 120, budget, made)
            night = (not st) and r() < 0.6
            t = self.rand_time('NIGHT' if night else 'AGENT', 0, self.T_END - 6 * 86400)
            seq = (not st) and r() < 0.85
            sims = self.sim_block(c, size) if seq else None
            nats = self.nat9_run(c, size) if (seq and r() < 0.6) else None
            staff = [self.bits(64) for _ in range(self.ri(1, 3))]
            cl = prov if r() < 0.5 else None
            for i in range(size):
                if made >= budget:
                    break
                p = self.leaked_person(cl if (not st and r() < 0.7) else None, stealthy=st)
                made += self.victim_own(p, budget, made, 0.15)
                if st:
                    sh, fm = self.fsel(p.face, 'AGENT', t, 'replay' if r() < 0.6 else 'legit')
                else:
                    sh, fm = self.fsel(staff[self.rr(len(staff))], 'AGENT', t, 'low')
                popdb = self.popdb_real(t)
                ident = self.pident(p, t, c)
                if popdb == 'MISMATCH':
                    ident = self.with_name(ident, self.typo_name(ident[3]))
                prof = pw.pick(r)
                dev = ag.devices[0] if not st else ag.devices[self.rr(len(ag.devices))]
                self.frow('preact_leaked_ids', c, nats[i] if nats else self.new_nat9(c), ident, t, 'AGENT', ag,
                          dev, sh, fm, popdb, prof, self.fraud_fuse(prof, st), True,
                          sim=sims[i] if sims else None)
                made += 1
                t = self.advance(t, self.ri(600, 6 * 3600) if st else self.ri(15, 150), st or not night)
        return made

    def fabricated_ident(self, t, template, st):
        r, rr = self.r, self.rr
        g = 'M' if r() < 0.55 else 'F'
        by = self.ri(1955, 2003)
        if not st and r() < 0.25:
            m, d = 1, 1
        else:
            m, d = self.ri(1, 12), self.ri(1, 28)
        bprov = self.birth_wc.pick(r)
        name = self.make_name(g, by, bprov)[0]
        x = r()
        if not st and x < 0.45:
            name = strip_diacritics(name).upper()
        elif x < 0.55:
            name = name.upper()
        if template is not None:
            idt, idn = template
        elif self.ord_of(t) < self.ORD_2021 and r() < 0.8:
            idt = 'CMND'
            pre = ('00', '39', '99', '48', '60')[rr(5)] if (not st and r() < 0.15) else CMND_PREFIX[bprov]
            idn = pre + '%0*d' % (9 - len(pre), rr(10 ** (9 - len(pre))))
        else:
            idt = 'CCCD'
            G = 2 * (by // 100 - 19) + (1 if g == 'F' else 0)
            yy = by % 100
            pp = bprov
            if not st and r() < 0.5:
                k = rr(3)
                if k == 0:
                    G ^= 1
                elif k == 1:
                    yy = (yy + self.ri(1, 30)) % 100
                else:
                    pp = ('003', '005', '009', '013', '050', '099', '069', '100', '071')[rr(9)]
            idn = '%s%d%02d%06d' % (pp, G, yy, rr(10 ** 6))
        self.used_ids.add(idn)
        return ('INDIVIDUAL', idt, idn, name, '%04d-%02d-%02d' % (by, m, d), g, 'VN', self.res_wc.pick(r))

    def gen_preact_fabricated_ids(self, budget):
        r = self.r
        made = 0
        pw_st, pw_ns = WC([('resold', 55), ('unused', 30), ('otp_stealth', 15)]), \
            WC([('unused', 45), ('resold', 30), ('spam', 15), ('otp', 10)])
        hi = self.T_POPDB if self.T_POPDB > 90 * 86400 else self.T_END
        hi = min(hi, self.T_END - 6 * 86400)
        while made < budget:
            st = self.pick_st(9.5, 57)
            pw = pw_st if st else pw_ns
            c = self.fraud_cwc.pick(r)
            ag = self.complicit(c, self.res_wc.pick(r))
            size = self.group_size(4, 15, budget, made) if st else self.group_size(15, 100, budget, made)
            night = (not st) and r() < 0.5
            t = self.rand_time('NIGHT' if night else 'AGENT', 0, hi)
            template = None
            if not st and r() < 0.35:
                tp = self.fabricated_ident(t, None, st)
                template = (tp[1], tp[2])
            seq = (not st) and r() < 0.8
            sims = self.sim_block(c, size) if seq else None
            nats = self.nat9_run(c, size) if (seq and r() < 0.5) else None
            for i in range(size):
                ident = self.fabricated_ident(t, template, st)
                sh, fm = self.fsel(self.bits(64), 'AGENT', t, 'mid' if st else 'flower')
                popdb = self.popdb_fake(t)
                prof = pw.pick(r)
                self.frow('preact_fabricated_ids', c, nats[i] if nats else self.new_nat9(c), ident, t, 'AGENT', ag,
                          ag.devices[0], sh, fm, popdb, prof, self.fraud_fuse(prof, st), False,
                          sim=sims[i] if sims else None)
                made += 1
                t = self.advance(t, self.ri(900, 8 * 3600) if st else self.ri(20, 200), st or not night)
        return made

    def gen_dealer_extra_sims(self, budget):
        r = self.r
        made = 0
        pw_st, pw_ns = WC([('resold', 60), ('unused', 25), ('otp_stealth', 15)]), \
            WC([('unused', 45), ('resold', 35), ('otp', 20)])
        while made + 2 <= budget:
            st = self.pick_st(2.5, 4.5)
            pw = pw_st if st else pw_ns
            c = self.fraud_cwc.pick(r)
            prov = self.res_wc.pick(r)
            ag = self.complicit(c, prov)
            t = self.rand_time('AGENT', 0, self.T_END - 25 * 86400)
            v = self.new_person(18, 70, t, rprov=prov)
            k = min(self.ri(1, 2) if st else self.ri(2, 5), budget - made - 1)
            seq = not st
            sims = self.sim_block(c, k + 1) if seq else None
            age = self.age_at(v, t)
            sh, fm = self.selfie_fields(v.face, 'AGENT', t, age)
            dev = ag.devices[self.rr(len(ag.devices))]
            doc = self.doc_for(v, t)
            gident = self.pident(v, t, c, doc)
            self.emit(c, self.new_nat9(c), gident, t, 'AGENT', ag, dev, sh, fm,
                      self.popdb_legit(t), self.status_legit(t), v.phone,
                      self.usage('youth' if age < 25 else ('elderly' if age >= 60 else 'normal'), t),
                      'dealer_victim_genuine', sim=sims[0] if sims else None)
            made += 1
            tj = t
            for j in range(k):
                if st:
                    tj = self.advance(t + self.ri(3600, 20 * 86400), 0, True)
                    dj = ag.devices[self.rr(len(ag.devices))]
                    shj = self.cap(v.face) if sh else ''
                    fmj = self.fm_legit(age) if fm else ''
                else:
                    tj = tj + self.ri(60, 900)
                    dj, shj, fmj = dev, sh, fm        # the same capture copied onto the extra SIMs
                prof = pw.pick(r)
                self.frow('dealer_extra_sims', c, self.new_nat9(c), gident, tj, 'AGENT', ag,
                          dj, shj, fmj, self.popdb_real(tj, 0.01), prof, self.fraud_fuse(prof, st), True,
                          sim=sims[j + 1] if sims else None)
                made += 1
        return made

    def gen_identity_theft_ring(self, budget):
        r = self.r
        made = 0
        while made < budget:
            st = self.pick_st(36, 96)
            faces = [self.bits(64) for _ in range(self.ri(2, 5))]
            phones = [self.new_imei('phone') for _ in range(self.ri(2, 6))]
            window = self.ri(30, 90) if st else self.ri(2, 14)
            w0 = self.rand_day(0, self.T_END - (window + 2) * 86400)
            provs = [self.res_wc.pick(r) for _ in range(self.ri(1, 3) if st else self.ri(3, 8))]
            carriers = [self.fraud_cwc.pick(r) for _ in range(3)]
            n_v = self.ri(8, 40)
            for _v in range(n_v):
                if made >= budget:
                    break
                v = self.leaked_person(stealthy=st)
                if r() < 0.3 and made + 2 <= budget and self.min_t_for_age(v, 16) < self.T_END - 60 * 86400:
                    tv = self.rand_time('AGENT', self.min_t_for_age(v, 16))
                    made += self.clean_sim(v, tv, self.carrier_wc.pick(r), self.pick_channel(tv, self.age_at(v, tv)),
                                           'victim_own_sim', 'normal', 1)
                m = min(self.ri(1, 2) if st else self.ri(2, 6), budget - made)
                for j in range(m):
                    c = carriers[j % 3] if not st else carriers[self.rr(3)]
                    d = min(self.ndays - 1, w0 + self.rr(window))
                    ekyc = d * 86400 >= self.T_EKYC and r() < 0.3
                    ch = 'EKYC_APP' if ekyc else ('STORE' if r() < 0.15 else 'AGENT')
                    t = self.at_hour(d, 'EKYC_APP' if ekyc else ch)
                    if ekyc:
                        ag = None
                        dev = phones[self.rr(len(phones))] if not st else self.new_imei('phone')
                    else:
                        ag = self.complicit(c, provs[self.rr(len(provs))]) if ch == 'AGENT' else \
                            self.pick_agent(c, provs[self.rr(len(provs))], 'STORE')
                        dev = ag.devices[self.rr(len(ag.devices))]
                    if st:
                        sh, fm = self.fsel(v.face, ch, t, 'mid')
                    else:
                        sh, fm = self.fsel(faces[self.rr(len(faces))], ch, t, 'low')
                    prof = 'scam' if (not st or r() < 0.5) else 'spam_stealth'
                    fuse = phones[self.rr(len(phones))] if (not st and r() < 0.7) else self.new_imei('phone')
                    self.frow('identity_theft_ring', c, self.new_nat9(c), self.pident(v, t, c), t, ch, ag, dev, sh,
                              fm, self.popdb_real(t, 0.03), prof, fuse, True)
                    made += 1
        return made

    def gen_agent_own_id_mass(self, budget):
        r = self.r
        made = 0
        idc = {}
        pw_st, pw_ns = WC([('resold', 70), ('unused', 20), ('otp_stealth', 10)]), \
            WC([('unused', 45), ('resold', 45), ('otp', 10)])
        while made < budget:
            st = self.pick_st(20, 220)
            pw = pw_st if st else pw_ns
            c = self.fraud_cwc.pick(r)
            prov = self.res_wc.pick(r)
            ag = self.complicit(c, prov)
            owner = self.new_person(24, 55, self.T_END, rprov=prov)
            ids = [owner]
            if st:
                for _ in range(self.ri(4, 12)):
                    ids.append(self.new_person(18, 72, self.T_END, rprov=prov, fam=owner.fam))
            elif r() < 0.3:
                for _ in range(self.ri(1, 2)):
                    ids.append(self.new_person(18, 72, self.T_END, rprov=prov, fam=owner.fam))
            if made + 2 <= budget:
                t0 = self.rand_time('AGENT', self.min_t_for_age(owner, 18))
                made += self.clean_sim(owner, t0, c, 'AGENT', 'clean', 'normal', 1, dev=ag.devices[0])
            if not st:
                total = min(self.ri(40, 400), budget - made, max(30, budget // 2))
                while total > 0 and made < budget:
                    m = min(self.ri(15, 80), total)
                    night = r() < 0.5
                    t = self.rand_time('NIGHT' if night else 'AGENT', self.min_t_for_age(owner, 18),
                                       self.T_END - 3 * 86400)
                    sims = self.sim_block(c, m)
                    nats = self.nat9_run(c, m) if r() < 0.5 else None
                    p0 = ids[0]
                    cap0 = self.cap(p0.face)
                    for i in range(m):
                        p = p0 if r() < 0.85 else ids[self.rr(len(ids))]
                        sh, fm = self.fsel(p.face, 'AGENT', t, 'legit', self.age_at(p, t))
                        if sh and p is p0 and r() < 0.6:
                            sh = cap0
                        prof = pw.pick(r)
                        self.frow('agent_own_id_mass', c, nats[i] if nats else self.new_nat9(c), self.cident(idc, p, t, c),
                                  t, 'AGENT', ag, ag.devices[0], sh, fm, self.popdb_real(t, 0.01), prof,
                                  self.fraud_fuse(prof, False), True, sim=sims[i])
                        made += 1
                        t = self.advance(t, self.ri(20, 120), not night)
                    total -= m
            else:
                span = self.ri(90, 270) * 86400
                lo = self.rand_time('AGENT', 0, max(0, self.T_END - span - 5 * 86400))
                for p in ids:
                    if made >= budget:
                        break
                    k = min(self.ri(2, 4), budget - made)
                    lo_p = max(lo, self.min_t_for_age(p, 18))
                    for _ in range(k):
                        t = self.rand_time('AGENT', lo_p, lo_p + span)
                        sh, fm = self.fsel(p.face, 'AGENT', t, 'legit' if (p is owner or r() < 0.5) else 'replay',
                                           self.age_at(p, t))
                        prof = pw.pick(r)
                        self.frow('agent_own_id_mass', c, self.new_nat9(c), self.cident(idc, p, t, c), t, 'AGENT', ag,
                                  ag.devices[self.rr(len(ag.devices))], sh, fm, self.popdb_real(t, 0.01), prof,
                                  self.fraud_fuse(prof, True), True)
                        made += 1
        return made

    def gen_sim_farm_bought_ids(self, budget):
        r = self.r
        made = 0
        idc = {}
        pw_st, pw_ns = WC([('spam_stealth', 60), ('otp_stealth', 40)]), \
            WC([('spam', 50), ('bypass', 30), ('otp', 20)])
        farm_provs = ['079', '074', '075', '001', '072', '089', '020', '022', '080']
        while made < budget:
            st = self.pick_st(72, 350)
            pw = pw_st if st else pw_ns
            fprov = farm_provs[self.rr(len(farm_provs))] if r() < 0.7 else self.res_wc.pick(r)
            box = []
            for _ in range(self.ri(1, 4)):
                box.extend(self.imei_run('simbox', (8, 16, 32)[self.rr(3)]))
            if st:
                outlets = []
                for _ in range(self.ri(3, 6)):
                    c = self.fraud_cwc.pick(r)
                    pv = fprov if r() < 0.5 else self.res_wc.pick(r)
                    outlets.append((c, self.complicit(c, pv)))
            else:
                c = self.fraud_cwc.pick(r)
                outlets = [(c, self.complicit(c, fprov)) for _ in range(self.ri(1, 2))]
            w0 = self.rand_day(0, self.T_END - 70 * 86400)
            n_ids = self.ri(8, 40) if st else self.ri(5, 30)
            for _i in range(n_ids):
                if made >= budget:
                    break
                bprov = self.rural_wc.pick(r)
                p = self.new_person(18, 32, self.T_END, bprov=bprov, rprov=bprov if r() < 0.7 else fprov)
                k = min(self.ri(2, 4) if st else self.ri(10, 30), budget - made)
                c, ag = outlets[self.rr(len(outlets))]
                d = min(self.ndays - 1, w0 + self.rr(60))
                t = self.at_hour(d, 'AGENT')
                t = max(t, self.min_t_for_age(p, 18))
                sims = None if st else self.sim_block(c, k)
                cap0 = self.cap(p.face)
                fm0 = self.fm_legit(25)
                for j in range(k):
                    if st:
                        c, ag = outlets[self.rr(len(outlets))]
                        t = max(self.at_hour(min(self.ndays - 1, w0 + self.rr(60)), 'AGENT'),
                                self.min_t_for_age(p, 18))
                        sh, fm = self.fsel(p.face, 'AGENT', t, 'legit', 25)
                    else:
                        sh = cap0 if self.has_selfie('AGENT', t) else ''
                        fm = fm0 if (sh and self.has_fm('AGENT', t)) else ''
                    prof = pw.pick(r)
                    fuse = self.new_imei('phone') if st else box[self.rr(len(box))]
                    self.frow('sim_farm_bought_ids', c, self.new_nat9(c), self.cident(idc, p, t, c), t, 'AGENT', ag,
                              ag.devices[0], sh, fm, self.popdb_real(t, 0.02), prof, fuse, True,
                              sim=sims[j] if sims else None)
                    made += 1
                    if not st:
                        t = self.advance(t, self.ri(30, 240), True)
        return made

    def gen_otp_resale(self, budget):
        r = self.r
        made = 0
        idc = {}
        while made < budget:
            st = self.pick_st(35, 96)
            pool = self.imei_run('modem', self.ri(16, 64))
            ring_phones = [self.new_imei('phone') for _ in range(2)]
            staff = self.bits(64)
            window = self.ri(30, 120)
            w0 = self.rand_day(0, self.T_END - (window + 35) * 86400)
            c0 = self.fraud_cwc.pick(r)
            prov = self.res_wc.pick(r)
            ag0 = self.complicit(c0, prov)
            for _i in range(self.ri(5, 30)):
                if made >= budget:
                    break
                p = self.leaked_person(stealthy=st)
                made += self.victim_own(p, budget, made, 0.15)
                k = min(self.ri(1, 3) if st else self.ri(3, 8), budget - made)
                d = min(self.ndays - 1, w0 + self.rr(window))
                for j in range(k):
                    c = c0 if not st else self.fraud_cwc.pick(r)
                    if st:
                        d = min(self.ndays - 1, w0 + self.rr(window))
                    ekyc = d * 86400 >= self.T_EKYC and r() < 0.4
                    if ekyc:
                        ch, ag = 'EKYC_APP', None
                        t = self.at_hour(d, 'EKYC_APP' if st else 'NIGHT')
                        dev = self.new_imei('phone') if st else ring_phones[self.rr(2)]
                        sh, fm = self.fsel(p.face, ch, t, 'replay' if (not st or r() < 0.5) else 'legit')
                    else:
                        ch = 'AGENT'
                        ag = ag0 if (not st and c == c0) else self.complicit(c, prov if not st else self.res_wc.pick(r))
                        t = self.at_hour(d, 'AGENT')
                        dev = ag.devices[0]
                        sh, fm = self.fsel(p.face if st else staff, ch, t,
                                           ('replay' if r() < 0.5 else 'legit') if st else 'low')
                    prof = 'otp_stealth' if st else 'otp'
                    fuse = self.new_imei('phone') if (st and r() < 0.7) else pool[self.rr(len(pool))]
                    self.frow('otp_resale', c, self.new_nat9(c), self.cident(idc, p, t, c), t, ch, ag, dev, sh, fm,
                              self.popdb_real(t, 0.03), prof, fuse, True)
                    made += 1
        return made

    def gen_ekyc_face_replay(self, budget):
        r = self.r
        made = 0
        idc = {}
        if self.T_END - max(self.T_EKYC, 0) < 45 * 86400:
            return 0
        pw_st, pw_ns = WC([('otp_stealth', 40), ('spam_stealth', 30), ('resold', 30)]), \
            WC([('otp', 40), ('spam', 30), ('resold', 30)])
        while made < budget:
            st = self.pick_st(58, 145)
            pw = pw_st if st else pw_ns
            devs = [self.new_imei('phone') for _ in range(self.ri(8, 25) if st else self.ri(1, 4))]
            window = self.ri(30, 120) if st else self.ri(1, 5)
            w0 = self.rand_day(max(self.T_EKYC, 0), self.T_END - (window + 5) * 86400)
            c0 = self.fraud_cwc.pick(r)
            for _i in range(self.ri(8, 50)):
                if made >= budget:
                    break
                p = self.leaked_person(stealthy=st)
                made += self.victim_own(p, budget, made, 0.15)
                k = min(self.ri(1, 3) if st else self.ri(3, 7), budget - made)
                d = min(self.ndays - 1, w0 + self.rr(window))
                t = self.at_hour(d, 'EKYC_APP' if st else 'NIGHT')
                percar = {}
                for j in range(k):
                    c = c0
                    if st:
                        c = self.fraud_cwc.pick(r)
                        if percar.get(c, 0) >= 3:
                            continue
                        percar[c] = percar.get(c, 0) + 1
                        t = self.at_hour(min(self.ndays - 1, w0 + self.rr(window)), 'EKYC_APP')
                    ch = 'ONLINE' if r() < 0.1 else 'EKYC_APP'
                    sh, fm = self.fsel(p.face, ch, t, 'replay' if (not st or r() < 0.5) else 'legit')
                    prof = pw.pick(r)
                    self.frow('ekyc_face_replay', c, self.new_nat9(c), self.cident(idc, p, t, c), t, ch, None,
                              devs[self.rr(len(devs))], sh, fm, self.popdb_real(t, 0.02), prof,
                              self.fraud_fuse(prof, st), True)
                    made += 1
                    if not st:
                        t += self.ri(40, 300)
        return made

    def gen_borrowed_docs(self, budget):
        r = self.r
        made = 0
        while made < budget:
            st = self.pick_st(1, 1)
            u = self.new_person(18, 45, self.T_END)
            ua = self.age_at(u, self.T_END)
            x = r()
            rel = True
            if x < 0.5:
                la = ua + self.ri(22, 32)
                lender = self.new_person(la, la + 1, self.T_END, rprov=u.rprov, fam=u.fam if r() < 0.6 else None)
            elif x < 0.75:
                la = max(18, ua + self.ri(-6, 6))
                lender = self.new_person(la, la + 1, self.T_END, rprov=u.rprov, fam=u.fam)
            else:
                lender = self.new_person(18, 50, self.T_END, rprov=u.rprov)
                rel = False
            lo = max(self.min_t_for_age(u, 18), self.min_t_for_age(lender, 18))
            if lo >= self.T_END - 86400:
                continue
            if made + 2 <= budget and r() < (0.35 if st else 0.6):
                tu = self.rand_time('AGENT', self.min_t_for_age(u, 16))
                made += self.clean_sim(u, tu, self.carrier_wc.pick(r), self.pick_channel(tu, self.age_at(u, tu)),
                                       'clean', 'normal', 1)
            c = self.carrier_wc.pick(r)
            t = self.rand_time('AGENT', lo)
            if not st and t >= self.T_EKYC and r() < 0.5:
                ch, ag, dev = 'EKYC_APP', None, u.phone
                t = max(lo, self.at_hour(t // 86400, 'EKYC_APP'))
            else:
                ch = 'STORE' if r() < 0.3 else 'AGENT'
                ag = self.pick_agent(c, u.rprov, ch)
                dev = ag.devices[self.rr(len(ag.devices))]
            sh, fm = self.fsel(u.face, ch, t, ('mid' if rel else 'family') if st else ('family' if rel else 'low'))
            prof = 'youth' if ua < 25 else 'normal'
            self.frow('borrowed_docs', c, self.new_nat9(c), self.pident(lender, t, c), t, ch, ag, dev, sh, fm,
                      self.popdb_real(t, 0.02), prof, u.phone, True)
            made += 1
        return made

    def gen_sim_swap_takeover(self, budget):
        r = self.r
        made = 0
        if self.T_END < 150 * 86400:
            return 0
        while made + 2 <= budget:
            st = self.pick_st(1, 1)
            v = self.new_person(25, 65, self.T_END)
            c = self.carrier_wc.pick(r)
            n9 = self.new_nat9(c)
            t0 = self.rand_time('AGENT', self.min_t_for_age(v, 18), self.T_END - 90 * 86400)
            ch0 = self.pick_channel(t0, self.age_at(v, t0))
            t0 = self.at_hour(t0 // 86400, 'EKYC_APP' if ch0 in ('EKYC_APP', 'ONLINE') else ch0)
            ag0 = self.pick_agent(c, v.rprov, ch0) if ch0 in ('STORE', 'AGENT') else None
            sh0, fm0 = self.selfie_fields(v.face, ch0, t0, self.age_at(v, t0))
            self.emit(c, n9, self.pident(v, t0, c), t0, ch0, ag0, self.legit_dev(v, ch0, ag0), sh0, fm0,
                      self.popdb_legit(t0), 'ACTIVE', v.phone, self.usage('normal', t0), 'clean')
            t1 = self.rand_time('STORE', max(t0 + 60 * 86400, self.T_END - 420 * 86400), self.T_END - 86400)
            y = r()
            ch = 'EKYC_APP' if (y < 0.15 and t1 >= self.T_EKYC) else ('STORE' if y < 0.6 else 'AGENT')
            pv = v.rprov if (st or r() < 0.3) else self.res_wc.pick(r)
            t1 = self.at_hour(t1 // 86400, 'EKYC_APP' if ch == 'EKYC_APP' else ch)
            crook = self.new_imei('phone')
            if ch == 'EKYC_APP':
                ag, dev = None, crook
            else:
                ag = self.complicit(c, pv) if ch == 'AGENT' else self.pick_agent(c, pv, 'STORE')
                dev = ag.devices[self.rr(len(ag.devices))]
            sh, fm = self.fsel(v.face if st else self.bits(64), ch, t1, 'mid' if st else 'low')
            status = 'TWO_WAY_LOCKED' if r() < 0.25 * (1 - 0.5 * self.stealth) else 'ACTIVE'
            self.frow('sim_swap_takeover', c, n9, self.pident(v, t1, c), t1, ch, ag, dev, sh, fm,
                      self.popdb_real(t1, 0.02), 'swap', crook, True, status=status)
            made += 2
        return made

    def gen_shell_company_bulk(self, budget):
        r = self.r
        made = 0
        pw_st, pw_ns = WC([('spam_stealth', 40), ('otp_stealth', 40), ('resold', 20)]), \
            WC([('spam', 40), ('otp', 30), ('unused', 30)])
        while made < budget:
            st = self.pick_st(25, 170)
            pw = pw_st if st else pw_ns
            prov = self.res_wc.pick(r)
            c = self.fraud_cwc.pick(r)
            name, tax, _rep = self.new_org('shell', prov)
            ident = ('ORGANIZATION', 'ORG', tax, name, '', '', 'VN', prov)
            face = self.nominee_faces[self.rr(len(self.nominee_faces))]
            total = min(self.ri(10, 40) if st else self.ri(40, 300), budget - made)
            ag = self.complicit(c, prov) if not st else self.pick_agent(c, prov, 'STORE')
            ns = 1 + self.rr(4)
            left = total
            for si in range(ns):
                m = left if si == ns - 1 else min(left, max(1, left // (ns - si)))
                if m <= 0:
                    break
                left -= m
                t = self.rand_time('AGENT' if not st else 'OFFICE', 0, self.T_END - 3 * 86400)
                sims = self.sim_block(c, m) if not st else None
                nats = self.nat9_run(c, m) if (not st and r() < 0.6) else None
                sh, fm = self.fsel(face, 'STORE', t, 'legit')
                popdb = 'MATCH' if (t >= self.T_POPDB and r() < 0.5) else 'UNCHECKED'
                for j in range(m):
                    prof = pw.pick(r)
                    self.frow('shell_company_bulk', c, nats[j] if nats else self.new_nat9(c), ident, t,
                              'AGENT' if not st else 'STORE', ag, ag.devices[0], sh, fm, popdb, prof,
                              self.fraud_fuse(prof, st), False, sim=sims[j] if sims else None)
                    made += 1
                    t = self.advance(t, self.ri(5, 60) if not st else self.ri(60, 900), True)
        return made

    def gen_foreign_passport_fabricated(self, budget):
        r = self.r
        made = 0
        nwc = WC([('CN', 55), ('KH', 15), ('LA', 10), ('TW', 5), ('MY', 5), ('TH', 5), ('KR', 5)])
        pw_st, pw_ns = WC([('spam_stealth', 50), ('otp_stealth', 30), ('resold', 20)]), \
            WC([('scam', 45), ('spam', 30), ('bypass', 15), ('unused', 10)])
        while made < budget:
            st = self.pick_st(18, 112)
            pw = pw_st if st else pw_ns
            prov = BORDER[self.rr(len(BORDER))] if r() < 0.75 else '079'
            c = self.fraud_cwc.pick(r)
            ag = self.complicit(c, prov)
            ops = [self.bits(64) for _ in range(self.ri(1, 3))]
            w0 = self.rand_day(0, self.T_END - 40 * 86400)
            for _i in range(self.ri(3, 15)):
                if made >= budget:
                    break
                p = self.foreign_person(nwc.pick(r), 20, 50, w0 * 86400, fabricated=True)
                k = min(self.ri(1, 3) if st else self.ri(5, 20), budget - made)
                t = self.at_hour(min(self.ndays - 1, w0 + self.rr(20)), 'AGENT')
                for j in range(k):
                    if st:
                        t = self.at_hour(min(self.ndays - 1, w0 + self.rr(60)), 'AGENT')
                        sh, fm = self.fsel(p.face, 'AGENT', t, 'mid')
                    else:
                        sh, fm = self.fsel(ops[self.rr(len(ops))], 'AGENT', t, 'low')
                    prof = pw.pick(r)
                    popdb = 'UNCHECKED' if r() < 0.7 else 'NOT_FOUND'
                    self.frow('foreign_passport_fabricated', c, self.new_nat9(c), self.pident(p, t, c, prov=prov),
                              t, 'AGENT', ag, ag.devices[0], sh, fm, popdb, prof, self.fraud_fuse(prof, st), False)
                    made += 1
                    if not st:
                        t = self.advance(t, self.ri(30, 300), True)
        return made

    def gen_nice_number_trader(self, budget):
        r = self.r
        made = 0
        while made < budget:
            st = self.pick_st(19, 37)
            c = self.carrier_wc.pick(r)
            prov = self.res_wc.pick(r)
            trader = self.new_person(28, 55, self.T_END, rprov=prov)
            ids = [trader] + ([self.new_person(20, 70, self.T_END, rprov=prov, fam=trader.fam)
                               for _ in range(self.ri(1, 4))] if st else [])
            total = min(self.ri(8, 30) if st else self.ri(15, 60), budget - made)
            lo = max(self.min_t_for_age(trader, 20), 0)
            span = self.ri(120, 720) * 86400
            lo = self.rand_time('STORE', lo, max(lo, self.T_END - span))
            ch = 'STORE' if r() < 0.6 else 'AGENT'
            idc = {}
            for _ in range(total):
                p = ids[self.rr(len(ids))]
                t = max(self.rand_time(ch, lo, lo + span), self.min_t_for_age(p, 18))
                ag = self.pick_agent(c, prov, ch)
                sh, fm = self.fsel(p.face, ch, t, 'legit', self.age_at(p, t))
                self.frow('nice_number_trader', c, self.nice_nat9(c), self.cident(idc, p, t, c), t, ch, ag,
                          ag.devices[self.rr(len(ag.devices))], sh, fm, self.popdb_real(t, 0.01), 'resold',
                          self.new_imei('phone'), True)
                made += 1
        return made

    def gen_sold_without_transfer(self, budget):
        r = self.r
        made = 0
        if self.T_END < 400 * 86400:
            return 0
        while made < budget:
            a = self.new_person(20, 65, self.T_END)
            t = self.rand_time('AGENT', self.min_t_for_age(a, 18), self.T_END - 365 * 86400)
            c = self.carrier_wc.pick(r)
            ch = self.pick_channel(t, self.age_at(a, t))
            t = self.at_hour(t // 86400, 'EKYC_APP' if ch in ('EKYC_APP', 'ONLINE') else ch)
            ag = self.pick_agent(c, a.rprov, ch) if ch in ('STORE', 'AGENT') else None
            sh, fm = self.selfie_fields(a.face, ch, t, self.age_at(a, t))
            n9 = self.nice_nat9(c) if r() < 0.7 else self.new_nat9(c)
            self.frow('sold_without_transfer', c, n9, self.pident(a, t, c), t, ch, ag, self.legit_dev(a, ch, ag),
                      sh, fm, self.popdb_legit(t), 'normal', a.phone, True)
            made += 1
        return made

    # ------------------------------------------------------------------ driver
    def run(self):
        N = self.N
        budgets = []
        for name, rate in list(self.sc['fraud'].items()) + list(self.sc['legit'].items()):
            budgets.append([name, int(round(N * rate))])
        tot = sum(b for _n, b in budgets)
        if tot > 0.6 * N:
            f = 0.6 * N / tot
            for b in budgets:
                b[1] = int(b[1] * f)
        for name, b in budgets:
            if b <= 0:
                continue
            before = len(self.rows)
            getattr(self, 'gen_' + name)(b)
            got = len(self.rows) - before
            if got > b:
                raise RuntimeError('generator %s exceeded its budget (%d > %d)' % (name, got, b))
        rem = N - len(self.rows)
        while rem > 0:
            rem -= self.household(rem)
        if len(self.rows) != N:
            raise RuntimeError('row count %d != %d' % (len(self.rows), N))
        self.alloc_pending()

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        rows = self.rows
        rows.sort(key=lambda row: row[I_TS])
        fmt = self.fmt_time
        with open(os.path.join(out, 'batch.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(','.join(BATCH_COLUMNS) + '\n')
            buf = []
            for row in rows:
                row[I_TS] = fmt(row[I_TS])
                nm = row[7]
                if ',' in nm or '"' in nm:
                    row[7] = '"%s"' % nm.replace('"', '""')
                buf.append(','.join(row[:29]))
                if len(buf) >= 20000:
                    buf.append('')
                    f.write('\n'.join(buf))
                    buf = []
            if buf:
                buf.append('')
                f.write('\n'.join(buf))
        seen = set()
        out_lines = [','.join(LABEL_COLUMNS)]
        labels = self.labels
        for row in rows:
            k = row[30]
            if k in seen:
                continue
            seen.add(k)
            pat = labels[k]
            j, n = PATTERNS[pat][0], PATTERNS[pat][1]
            out_lines.append('%s,84%s,%d,%d,%s' % (k[0], k[1], j, n, pat))
        out_lines.append('')
        with open(os.path.join(out, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write('\n'.join(out_lines))
        return len(rows), len(seen)


def main(argv=None):
    ap = argparse.ArgumentParser(description='Independent synthetic SIM-registration population (indep12).')
    ap.add_argument('--rows', type=int, help='number of batch rows to write')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--scenario', default='national_default')
    ap.add_argument('--out', help='output directory')
    ap.add_argument('--list-scenarios', action='store_true', help='print scenario names, one per line')
    ap.add_argument('--list-patterns', action='store_true',
                    help='print pattern,junk,non_owner,kind,description (one per line)')
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for name in SCENARIOS:
            print(name)
        return 0
    if a.list_patterns:
        for name, (j, n, kind, desc) in PATTERNS.items():
            print('%s,%d,%d,%s,%s' % (name, j, n, kind, desc))
        return 0
    if a.rows is None or a.out is None:
        ap.error('--rows and --out are required')
    if a.scenario not in SCENARIOS:
        ap.error('unknown scenario %r (see --list-scenarios)' % a.scenario)
    if a.rows < 1:
        ap.error('--rows must be positive')
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    nrows, nsubs = g.write(a.out)
    sys.stderr.write('indep12: %s rows=%d subscriptions=%d -> %s\n' % (a.scenario, nrows, nsubs, a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
