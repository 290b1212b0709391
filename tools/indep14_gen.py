#!/usr/bin/env python3
"""indep14_gen.py - independent synthetic SIM-registration population generator.

Writes DIR/batch.csv (registration batch format) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern) for testing the anomaly auditor.
Python 3 standard library only.  Deterministic: RNG seeded with
"indep14|{rows}|{seed}|{scenario}".
"""
import argparse
import os
import sys
import random
import unicodedata
from datetime import date, timedelta

# --------------------------------------------------------------------------
# static domain tables
# --------------------------------------------------------------------------
COLS = ['carrier', 'msisdn', 'imsi', 'iccid', 'subscriber_type', 'id_type', 'id_number',
        'full_name', 'date_of_birth', 'gender', 'nationality', 'province', 'registered_at',
        'channel', 'agent_id', 'device_imei', 'selfie_hash', 'face_match', 'popdb_check',
        'status', 'first_use_imei', 'active_days_30d', 'out_calls_30d', 'in_calls_30d',
        'out_sms_30d', 'in_sms_30d', 'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']

# province code -> (name, population in millions approx.)
PROVINCES = {
    '001': 8.4, '002': 0.9, '004': 0.55, '006': 0.33, '008': 0.8, '010': 0.77, '011': 0.63,
    '012': 0.48, '014': 1.3, '015': 0.84, '017': 0.87, '019': 1.3, '020': 0.8, '022': 1.35,
    '024': 1.9, '025': 1.5, '026': 1.2, '027': 1.5, '030': 1.95, '031': 2.1, '033': 1.3,
    '034': 1.9, '035': 0.87, '036': 1.8, '037': 1.0, '038': 3.7, '040': 3.4, '042': 1.3,
    '044': 0.9, '045': 0.65, '046': 1.15, '048': 1.2, '049': 1.5, '051': 1.25, '052': 1.5,
    '054': 0.88, '056': 1.25, '058': 0.6, '060': 1.25, '062': 0.57, '064': 1.55, '066': 1.9,
    '067': 0.67, '068': 1.3, '070': 1.0, '072': 1.18, '074': 2.7, '075': 3.2, '077': 1.2,
    '079': 9.4, '080': 1.7, '082': 1.8, '083': 1.3, '084': 1.0, '086': 1.03, '087': 1.6,
    '089': 1.9, '091': 1.75, '092': 1.25, '093': 0.73, '094': 1.2, '095': 0.92, '096': 1.2,
}
PROV_CODES = sorted(PROVINCES)
PROV_W = [PROVINCES[p] for p in PROV_CODES]
NORTH = [p for p in PROV_CODES if p < '038']
CENTRAL = [p for p in PROV_CODES if '038' <= p < '070']
SOUTH = [p for p in PROV_CODES if p >= '070']
HIGHLAND_N = ['002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '020']
HIGHLAND_C = ['062', '064', '066', '067']
KHMER = ['084', '094', '089', '091']
MIGRATE = {
    'N': (['001', '027', '031', '074', '079', '024'], [50, 15, 10, 10, 10, 5]),
    'C': (['079', '074', '075', '048', '001'], [40, 25, 15, 10, 10]),
    'S': (['079', '074', '075', '092'], [50, 25, 15, 10]),
}
# CMND (9-digit) issuing prefixes by province of residence (approximate, legacy)
CMND_PREFIX = {
    '001': '01', '079': '02', '031': '03', '011': '04', '012': '04', '014': '05', '010': '06',
    '015': '06', '002': '07', '008': '07', '020': '08', '004': '08', '019': '09', '006': '09',
    '022': '10', '024': '12', '027': '12', '025': '13', '026': '13', '030': '14', '033': '14',
    '034': '15', '036': '16', '035': '16', '037': '16', '038': '17', '040': '18', '042': '18',
    '044': '19', '045': '19', '046': '19', '048': '20', '049': '20', '051': '21', '052': '21',
    '056': '22', '054': '22', '064': '23', '062': '23', '066': '24', '067': '24', '068': '25',
    '058': '26', '060': '26', '075': '27', '077': '27', '074': '280', '070': '285', '072': '29',
    '080': '30', '082': '31', '083': '32', '086': '33', '084': '33', '087': '34', '089': '35',
    '092': '36', '093': '36', '094': '36', '091': '37', '096': '38', '095': '38', '017': '11',
}

CARRIERS = ['VIETTEL', 'VINAPHONE', 'MOBIFONE', 'VIETNAMOBILE', 'GMOBILE', 'ITEL', 'REDDI',
            'WINTEL', 'ASIM', 'DIGILIFE', 'LOCAL']
CARRIER_W = [53.0, 22.5, 20.5, 1.8, 0.45, 0.8, 0.3, 0.2, 0.2, 0.15, 0.1]
# national significant-number prefixes (after the trunk 0)
MSISDN_PREFIX = {
    'VIETTEL': ['86', '96', '97', '98', '32', '33', '34', '35', '36', '37', '38', '39'],
    'VINAPHONE': ['88', '91', '94', '83', '84', '85', '81', '82'],
    'MOBIFONE': ['89', '90', '93', '70', '79', '77', '76', '78'],
    'VIETNAMOBILE': ['92', '56', '58', '52'],
    'GMOBILE': ['993', '994', '995', '996', '997', '59'],
    'ITEL': ['87'],
    'REDDI': ['55'],
    'WINTEL': ['55'],
}
MAJOR_PREFIXES = sum((MSISDN_PREFIX[c] for c in ('VIETTEL', 'VINAPHONE', 'MOBIFONE')), [])
# MVNOs whose prefixes are unconfirmed: numbers drawn from leased / ported ranges
for _c in ('ASIM', 'DIGILIFE', 'LOCAL'):
    MSISDN_PREFIX[_c] = MAJOR_PREFIXES + ['87', '55', '92']
IMSI_MNC = {'MOBIFONE': '01', 'VINAPHONE': '02', 'VIETTEL': '04', 'VIETNAMOBILE': '05',
            'GMOBILE': '07', 'ITEL': '08', 'REDDI': '09', 'WINTEL': '09'}
ICCID_ISSUER = {'MOBIFONE': ('01', 19), 'VINAPHONE': ('02', 20), 'VIETTEL': ('04', 20),
                'VIETNAMOBILE': ('05', 19), 'GMOBILE': ('07', 19), 'ITEL': ('08', 19),
                'REDDI': ('09', 19), 'WINTEL': ('09', 19), 'ASIM': ('01', 19),
                'DIGILIFE': ('02', 20), 'LOCAL': ('02', 20)}
CARRIER_CODE = {'VIETTEL': 'VTT', 'VINAPHONE': 'VNP', 'MOBIFONE': 'MBF', 'VIETNAMOBILE': 'VNM',
                'GMOBILE': 'GTL', 'ITEL': 'ITL', 'REDDI': 'RDI', 'WINTEL': 'WTL', 'ASIM': 'ASM',
                'DIGILIFE': 'DGL', 'LOCAL': 'LCL'}
# dominant msisdn export format per carrier: 0 -> '0..', 1 -> '84..', 2 -> '+84..'
MSISDN_FMT = {'VIETTEL': 1, 'VINAPHONE': 0, 'MOBIFONE': 0, 'VIETNAMOBILE': 2, 'GMOBILE': 0,
              'ITEL': 1, 'REDDI': 0, 'WINTEL': 0, 'ASIM': 2, 'DIGILIFE': 0, 'LOCAL': 1}
# carriers that do not export early-life usage at all
NO_USAGE = {'ASIM', 'LOCAL', 'DIGILIFE'}
# carriers whose legacy CRM exports names upper-case / without diacritics more often
UPPER_CARRIERS = {'GMOBILE': 0.5, 'ITEL': 0.3, 'VIETNAMOBILE': 0.25, 'REDDI': 0.3, 'WINTEL': 0.3}

# type allocation codes (8 digits) of common handsets and shop tablets
PHONE_TACS = ['35332811', '35925010', '35391110', '35875910', '35290611', '35407115',
              '86769004', '86473605', '86263505', '86891604', '86118105', '86445206',
              '35678912', '35165111', '35209934', '86021906', '86802205', '35439518',
              '86054306', '35884411', '86720605', '35614319']
TABLET_TACS = ['35260611', '35898111', '35337012', '86537205', '35719310']
MODEM_TACS = ['86252503', '86774904', '86117602', '35674108']

FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi',
          'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Mai', 'Đoàn', 'Lâm', 'Tạ',
          'Cao', 'Lương', 'Hà', 'Chu', 'Tô', 'Quách', 'Thái', 'Văn', 'Kiều', 'Trịnh', 'Tôn Nữ']
FAMILY_W = [38, 11, 9.5, 7, 3.1, 2.1, 4.5, 2.0, 1.9, 2.1, 2.0, 1.4, 1.3, 1.3, 1.0, 0.5, 0.8,
            0.9, 0.5, 0.5, 0.4, 0.3, 0.4, 0.4, 0.4, 0.2, 0.3, 0.2, 0.2, 0.1, 0.2, 0.4, 0.05]
MID_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Xuân', 'Quốc', 'Tuấn', 'Anh',
         'Gia', 'Hoàng', 'Trọng', 'Đình', 'Ngọc', 'Bảo', 'Thanh', 'Tấn', 'Duy']
MID_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Phương', 'Thùy', 'Mai', 'Kim', 'Hồng', 'Bảo', 'Minh',
         'Khánh', 'Diệu', 'Hoài', 'Quỳnh', 'Tuyết', 'Mỹ', 'Ánh']
GIV_M = ['Anh', 'Bảo', 'Bình', 'Cường', 'Dũng', 'Dương', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hoàng',
         'Hùng', 'Huy', 'Khang', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Minh', 'Nam',
         'Nghĩa', 'Phát', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng',
         'Thành', 'Thiện', 'Thịnh', 'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh',
         'Vũ', 'Hưng', 'Hậu', 'Lợi', 'Tín', 'Trí', 'Nhân', 'Định', 'Khải', 'Thuận', 'Hòa']
GIV_F = ['Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền',
         'Hoa', 'Hòa', 'Hồng', 'Huyền', 'Hương', 'Lan', 'Linh', 'Loan', 'Ly', 'Mai', 'My',
         'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Như', 'Nhi', 'Oanh', 'Phương', 'Quyên', 'Quỳnh',
         'Tâm', 'Thảo', 'Thanh', 'Thủy', 'Thư', 'Trang', 'Trâm', 'Trinh', 'Tuyết', 'Uyên',
         'Vân', 'Vy', 'Xuân', 'Yến', 'Nhàn', 'Lụa', 'Thắm', 'Hậu', 'Liên', 'Gấm']
HMONG_FAM = ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Hờ', 'Mùa', 'Lầu', 'Lý', 'Sồng']
HMONG_GIV = ['Páo', 'Sính', 'Chứ', 'Dế', 'Mỷ', 'Súa', 'Dua', 'Pằng', 'Chớ', 'Lử', 'Dìa', 'Mai']
TAY_FAM = ['Lò', 'Lường', 'Cầm', 'Quàng', 'Nông', 'Triệu', 'Lục', 'Hà', 'Ma', 'Bế']
EDE_FAM = ['Niê', 'Êban', 'Mlô', 'Ksơr', 'Byă', 'Adrơng', 'Hwing']
EDE_GIV = ['Bhin', 'Moan', 'Hen', 'Khuê', 'Thu', 'Blim', 'Nguôn', 'Dăm', 'Jũ', 'Sương']
KHMER_FAM = ['Thạch', 'Danh', 'Kim', 'Sơn', 'Lâm', 'Châu', 'Trà']
KHMER_GIV = ['Sa Phia', 'Sóc', 'Chanh Đa', 'Sô Phanh', 'Ry', 'Sà Rươne', 'Sa Văn', 'Pha Ly',
             'Sóc Khêm', 'Thị Mỹ Linh']
FOREIGN = [('KR', ['KIM MIN JUN', 'LEE SEO YEON', 'PARK JI HOON', 'CHOI YOUNG HO', 'JUNG HAE IN']),
           ('CN', ['WANG WEI', 'LI NA', 'ZHANG YONG', 'LIU YANG', 'CHEN JIE']),
           ('JP', ['TANAKA HIROSHI', 'SATO YUKI', 'SUZUKI KENTA', 'WATANABE AOI']),
           ('US', ['JOHN MILLER', 'EMILY JOHNSON', 'MICHAEL BROWN']),
           ('TW', ['LIN CHIA HAO', 'HUANG YU TING']),
           ('FR', ['PIERRE DUBOIS', 'CLAIRE MARTIN']),
           ('IN', ['RAHUL SHARMA', 'PRIYA PATEL']),
           ('RU', ['IVAN PETROV', 'OLGA SMIRNOVA']),
           ('GB', ["SEAN O'BRIEN", 'EMMA WILSON']),
           ('LA', ['SOUKSAVANH PHOMMA', 'KHAMPHENG VONGSA'])]
ORG_TYPES = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'Chi nhánh Công ty Cổ phần',
             'Tổng công ty', 'Hợp tác xã']
ORG_CORE = {'iot': ['Điện lực', 'Cấp nước', 'Thanh toán điện tử', 'Giải pháp IoT', 'An ninh Giám sát',
                    'Năng lượng', 'Máy bán hàng tự động'],
            'fleet': ['Vận tải', 'Giao nhận', 'Logistics', 'Taxi', 'Chuyển phát nhanh', 'Xe khách'],
            'callcenter': ['Tài chính Tiêu dùng', 'Bảo hiểm Nhân thọ', 'Dịch vụ Khách hàng',
                           'Tiếp thị Viễn thông', 'Bất động sản'],
            'front': ['Thương mại Dịch vụ', 'Đầu tư Công nghệ', 'Truyền thông', 'Xuất nhập khẩu']}
ORG_NAME = ['Phương Nam', 'Sao Việt', 'Hoàng Long', 'Minh Phát', 'An Bình', 'Thành Công',
            'Đại Dương', 'Bắc Á', 'Mekong', 'Sài Gòn Xanh', 'Tân Cảng', 'Hưng Thịnh', 'Kim Long',
            'Việt Tiến', 'Á Châu', 'Trường Hải', 'Hòa Phát', 'Nam Việt', 'Ánh Dương', 'Tây Nguyên']
PROV_SHORT = {'001': 'Hà Nội', '079': 'TP Hồ Chí Minh', '048': 'Đà Nẵng', '031': 'Hải Phòng',
              '092': 'Cần Thơ', '074': 'Bình Dương', '075': 'Đồng Nai', '027': 'Bắc Ninh'}

_DBL = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]


def luhn_digit(s):
    """Luhn check digit for the payload string s."""
    total = 0
    dbl = True
    for ch in reversed(s):
        d = ord(ch) - 48
        total += _DBL[d] if dbl else d
        dbl = not dbl
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


_STRIP_CACHE = {}


def strip_diacritics(s):
    v = _STRIP_CACHE.get(s)
    if v is None:
        t = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
        v = ''.join(c for c in t if not unicodedata.combining(c))
        _STRIP_CACHE[s] = v
    return v


EPOCH = date(1970, 1, 1)


def day_num(y, m, d):
    return (date(y, m, d) - EPOCH).days


EXPORT_DAY = day_num(2026, 6, 28)
OLD_START = day_num(2016, 1, 1)
POPDB_START = day_num(2022, 8, 1)
BIO_START = day_num(2023, 1, 1)
C08_START = day_num(2026, 4, 15)
LOCK_START = day_num(2026, 6, 15)
CMND_END = day_num(2024, 12, 31)
_DAYSTR = {}


def day_str(dn):
    s = _DAYSTR.get(dn)
    if s is None:
        s = (EPOCH + timedelta(days=dn)).isoformat()
        _DAYSTR[dn] = s
    return s


def fmt_ts(ts):
    dn, sec = divmod(ts, 86400)
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return '%sT%02d:%02d:%02d+07:00' % (day_str(dn), h, m, s)


def cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


# hour-of-day profiles (local time)
H_SHOP = cum([0, 0, 0, 0, 0, 0, 0.2, 1, 4, 7, 8, 7, 5, 4, 5, 6, 7, 8, 9, 8, 5, 2, 0.3, 0])
H_EKYC = cum([1, 0.5, 0.3, 0.2, 0.2, 0.5, 1.5, 3, 5, 6, 6, 6, 6, 5, 5, 5, 5, 6, 7, 8, 9, 8, 5, 2.5])
H_NIGHT = cum([6, 6, 5, 4, 3, 2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 2, 3, 5, 6])

# ages at registration
AGE_BINS = [(14, 17, 3), (18, 24, 22), (25, 34, 27), (26, 44, 20), (45, 54, 12), (55, 64, 8),
            (65, 74, 4), (75, 92, 1.5)]
AGE_CUM = cum([b[2] for b in AGE_BINS])

# --------------------------------------------------------------------------
# scenarios
# --------------------------------------------------------------------------
LEGIT_BASE = {
    'legit_individual': 46, 'legit_multi_sim': 9, 'legit_heavy_holder': 0.8, 'legit_data_only': 5,
    'legit_backup_sim': 4, 'legit_family_shared_phone': 7, 'legit_org_iot': 3.5,
    'legit_org_fleet': 1.5, 'legit_org_callcenter': 0.8, 'legit_promo_event': 2,
    'legit_migrant_worker': 5, 'legit_elderly': 3, 'legit_foreigner': 0.6,
    'legit_clerical_typo': 1.2, 'legit_reregistered': 2, 'legit_recycled_number': 1,
    'legit_legacy_cmnd': 3, 'legit_dealer_own_line': 0.2, 'legit_ethnic_minority': 2,
    'legit_student': 2, 'legit_cmnd_collision': 0.1, 'legit_walkin_customer': 0,
}
FRAUD_FLAGS = {
    'preactivated_fabricated': (1, 0), 'preactivated_leaked_ids': (1, 1),
    'dealer_addon_extra': (1, 1), 'agent_own_id_mass': (1, 1), 'simbox_front_org': (1, 0),
    'simbox_leaked_ids': (1, 1), 'otp_farm_own_id': (1, 0), 'otp_farm_rented_ids': (1, 1),
    'id_multi_province': (1, 1), 'stealth_rented_ids': (1, 1), 'stealth_deepfake_ekyc': (1, 1),
    'stealth_fabricated_slowdrip': (1, 0), 'handed_over_number': (0, 1),
}


def _mix(base, **over):
    d = dict(base)
    d.update(over)
    return d


SCENARIOS = {
    'national_default': dict(
        desc='realistic national mix, 2-5% fraud across all patterns',
        fraud_rate=(0.02, 0.05), legit=LEGIT_BASE,
        fraud={'preactivated_fabricated': 10, 'preactivated_leaked_ids': 10, 'dealer_addon_extra': 12,
               'agent_own_id_mass': 8, 'simbox_front_org': 6, 'simbox_leaked_ids': 7,
               'otp_farm_own_id': 5, 'otp_farm_rented_ids': 7, 'id_multi_province': 6,
               'stealth_rented_ids': 10, 'stealth_deepfake_ekyc': 8,
               'stealth_fabricated_slowdrip': 5, 'handed_over_number': 6}),
    'stealth_rented': dict(
        desc='stealth: rented real identities registered in person across many dealers, plausible usage',
        fraud_rate=(0.03, 0.06),
        legit=_mix(LEGIT_BASE, legit_promo_event=4, legit_migrant_worker=9, legit_family_shared_phone=9,
                   legit_multi_sim=12),
        fraud={'stealth_rented_ids': 55, 'otp_farm_rented_ids': 12, 'id_multi_province': 8,
               'dealer_addon_extra': 10, 'handed_over_number': 15}),
    'stealth_deepfake': dict(
        desc='stealth: leaked IDs self-registered in the app with injected/deepfake faces, slow drip',
        fraud_rate=(0.02, 0.05),
        legit=_mix(LEGIT_BASE, legit_family_shared_phone=14, legit_elderly=6, legit_data_only=8,
                   legit_clerical_typo=2.5),
        fraud={'stealth_deepfake_ekyc': 55, 'stealth_fabricated_slowdrip': 25, 'handed_over_number': 20}),
    'dealer_ring': dict(
        desc='corrupt dealers in a few provinces: pre-activation, add-on SIMs, own-ID mass activation',
        fraud_rate=(0.08, 0.15), focus_provinces=True,
        legit=_mix(LEGIT_BASE, legit_promo_event=6, legit_migrant_worker=8, legit_dealer_own_line=1),
        fraud={'preactivated_fabricated': 25, 'preactivated_leaked_ids': 25, 'dealer_addon_extra': 30,
               'agent_own_id_mass': 20}),
    'simbox_otp_wave': dict(
        desc='SIM-box gateways and OTP modem farms against many legit IoT/fleet/call-centre orgs',
        fraud_rate=(0.04, 0.08),
        legit=_mix(LEGIT_BASE, legit_org_iot=10, legit_org_callcenter=4, legit_org_fleet=4,
                   legit_data_only=9, legit_heavy_holder=2),
        fraud={'simbox_front_org': 30, 'simbox_leaked_ids': 25, 'otp_farm_own_id': 20,
               'otp_farm_rented_ids': 25}),
    'clean_confounders': dict(
        desc='almost no fraud (<=0.3%), heavy legitimate confounders (false-positive test)',
        fraud_rate=(0.0, 0.003),
        legit=_mix(LEGIT_BASE, legit_individual=25, legit_family_shared_phone=12, legit_org_iot=8,
                   legit_org_callcenter=3, legit_promo_event=6, legit_heavy_holder=3,
                   legit_clerical_typo=4, legit_recycled_number=3, legit_reregistered=4,
                   legit_foreigner=2, legit_ethnic_minority=4, legit_elderly=6, legit_cmnd_collision=0.6),
        fraud={'dealer_addon_extra': 40, 'stealth_rented_ids': 30, 'handed_over_number': 30}),
    'legacy_cleanup_2026': dict(
        desc='Circular 08 era base with many legacy CMND/re-registered/locked lines and old junk leftovers',
        fraud_rate=(0.03, 0.06), old_share=0.45,
        legit=_mix(LEGIT_BASE, legit_legacy_cmnd=14, legit_reregistered=8, legit_recycled_number=4,
                   legit_backup_sim=7),
        fraud={'preactivated_fabricated': 30, 'preactivated_leaked_ids': 20, 'agent_own_id_mass': 10,
               'handed_over_number': 20, 'id_multi_province': 10, 'dealer_addon_extra': 10}),
}


# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------
class Gen:
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.sc = SCENARIOS[scenario]
        self.r = random.Random('indep14|%d|%d|%s' % (rows, seed, scenario))
        self.rows = []          # internal row records
        self.used = set()       # national 9-digit numbers in use
        self.points = {}        # (carrier, prov) -> list of points
        self.point_cum = {}
        self.stock = {}         # stock key -> [next_body, next_msin]
        self.faces = {}
        self.old_share = self.sc.get('old_share', 0.18)
        r = self.r
        self.focus = None
        if self.sc.get('focus_provinces'):
            self.focus = r.sample(['079', '001', '074', '075', '040', '038', '092', '089', '066'], 3)

    # ---------------------------------------------------------------- basics
    def rint(self, a, b):
        return a + int(self.r.random() * (b - a + 1))

    def pick_carrier(self):
        return self.r.choices(CARRIERS, cum_weights=CARRIER_CUM)[0]

    def pick_province(self):
        return self.r.choices(PROV_CODES, cum_weights=PROV_CUM)[0]

    def new_msisdn(self, carrier, prefix=None):
        r = self.r
        pfx = MSISDN_PREFIX[carrier]
        while True:
            if prefix is None:
                if r.random() < 0.03:   # ported in from another network
                    p = r.choice(MAJOR_PREFIXES)
                else:
                    p = pfx[int(r.random() * len(pfx))]
            else:
                p = prefix
            n = p + '%0*d' % (9 - len(p), int(r.random() * 10 ** (9 - len(p))))
            if n not in self.used:
                self.used.add(n)
                return n

    def msisdn_block(self, carrier, k):
        """k (mostly) consecutive free numbers from one range."""
        r = self.r
        for _ in range(50):
            p = r.choice(MSISDN_PREFIX[carrier][:8])
            width = 9 - len(p)
            start = int(r.random() * (10 ** width - 3 * k - 10))
            out, cur = [], start
            ok = True
            while len(out) < k:
                n = p + '%0*d' % (width, cur)
                if n in self.used:
                    ok = False
                    break
                out.append(n)
                cur += 1 if r.random() < 0.85 else self.rint(2, 4)
            if ok:
                self.used.update(out)
                return out
        return [self.new_msisdn(carrier) for _ in range(k)]

    def imei(self, tacs=PHONE_TACS):
        s = self.r.choice(tacs) + '%06d' % int(self.r.random() * 1000000)
        return s + luhn_digit(s)

    def imei_seq(self, k, tacs=MODEM_TACS):
        tac = self.r.choice(tacs)
        base = int(self.r.random() * (1000000 - k - 1))
        out = []
        for i in range(k):
            s = tac + '%06d' % (base + i)
            out.append(s + luhn_digit(s))
        return out

    def face(self):
        return self.r.getrandbits(64)

    def capture(self, face, maxflip=4):
        r = self.r
        for _ in range(int(r.random() * (maxflip + 1))):
            face ^= 1 << int(r.random() * 64)
        return '%016x' % face

    def ts_in(self, d0, d1, hours=H_SHOP):
        r = self.r
        dn = d0 + int(r.random() * max(1, d1 - d0))
        h = r.choices(range(24), cum_weights=hours)[0]
        return dn * 86400 + h * 3600 + int(r.random() * 3600)

    def legit_day(self):
        r = self.r
        if r.random() < self.old_share:
            d = OLD_START + int(r.random() * (POPDB_START - OLD_START))
        else:
            # growing volume toward the export date
            d = POPDB_START + int((r.random() ** 0.8) * (EXPORT_DAY - POPDB_START - 1))
        return self.weekend(d)

    def weekend(self, d):
        """retail weekend bump: move some weekday registrations to the following weekend."""
        wd = (d + 3) % 7            # 0 = Monday ... 5 = Saturday, 6 = Sunday
        if wd < 5 and self.r.random() < 0.12:
            d = min(d + 5 - wd + (1 if self.r.random() < 0.4 else 0), EXPORT_DAY - 1)
        return d

    def later(self, d, delta):
        """d + delta, or (if that passes the export date) a random day in [d, export)."""
        e = d + delta
        if e < EXPORT_DAY:
            return e
        return d + int(self.r.random() * max(1, EXPORT_DAY - d))

    def new_day(self, lo=POPDB_START):
        """a registration day after lo (default: population-database era), volume growing."""
        return self.weekend(lo + int((self.r.random() ** 0.8) * (EXPORT_DAY - lo - 1)))

    def at(self, d, hours=H_SHOP):
        h = self.r.choices(range(24), cum_weights=hours)[0]
        return d * 86400 + h * 3600 + int(self.r.random() * 3600)

    # ---------------------------------------------------------------- places
    def point_list(self, carrier, prov):
        key = (carrier, prov)
        pl = self.points.get(key)
        if pl is None:
            r = self.r
            small = CARRIER_W[CARRIERS.index(carrier)] < 2
            n_store = 1 if small else max(1, int(PROVINCES[prov] * (2 if carrier == 'VIETTEL' else 1.2)))
            n_agent = max(1, int(PROVINCES[prov] * (3 if small else 25) * r.uniform(0.7, 1.3)))
            cc = CARRIER_CODE[carrier]
            pl, ws = [], []
            for i in range(n_store):
                ndev = self.rint(2, 5)
                pl.append(('S', '%s%sS%03d' % (cc, prov, i + 1),
                           [self.imei(TABLET_TACS) for _ in range(ndev)], prov))
                ws.append(r.paretovariate(1.6) * 6)
            for i in range(n_agent):
                ndev = 1 if r.random() < 0.7 else 2
                pl.append(('A', '%s%sA%04d' % (cc, prov, self.rint(1, 9999)),
                           [self.imei(PHONE_TACS if r.random() < 0.6 else TABLET_TACS) for _ in range(ndev)],
                           prov))
                ws.append(r.paretovariate(1.2))
            self.points[key] = pl
            self.point_cum[key] = cum(ws)
        return pl

    def pick_point(self, carrier, prov, kind=None):
        pl = self.point_list(carrier, prov)
        r = self.r
        for _ in range(6):
            p = r.choices(pl, cum_weights=self.point_cum[(carrier, prov)])[0]
            if kind is None or p[0] == kind:
                return p
        for p in pl:
            if p[0] == kind:
                return p
        return pl[0]

    def channel_for(self, d, carrier):
        x = self.r.random()
        if d < POPDB_START:
            return 'AGENT' if x < 0.72 else ('STORE' if x < 0.97 else 'ONLINE')
        if carrier in ('ASIM', 'DIGILIFE', 'LOCAL', 'REDDI', 'WINTEL', 'ITEL'):
            return 'AGENT' if x < 0.35 else ('EKYC_APP' if x < 0.75 else ('ONLINE' if x < 0.9 else 'STORE'))
        return 'AGENT' if x < 0.5 else ('STORE' if x < 0.74 else ('EKYC_APP' if x < 0.93 else 'ONLINE'))

    # ---------------------------------------------------------------- people
    def origin(self, birth_prov):
        if birth_prov < '038':
            return 'N'
        return 'C' if birth_prov < '070' else 'S'

    def person(self, reg_day, age=None, birth_prov=None, res_prov=None, gender=None, family=None,
               kind='kinh', dob_jan1=0.02):
        r = self.r
        if age is None:
            b = AGE_BINS[r.choices(range(len(AGE_BINS)), cum_weights=AGE_CUM)[0]]
            age = self.rint(b[0], b[1])
        reg_year = (EPOCH + timedelta(days=reg_day)).year
        by = reg_year - age
        if gender is None:
            gender = 'M' if r.random() < 0.5 else 'F'
        if birth_prov is None:
            birth_prov = self.pick_province()
        if res_prov is None:
            if r.random() < 0.8:
                res_prov = birth_prov
            else:
                c, w = MIGRATE[self.origin(birth_prov)]
                res_prov = r.choices(c, w)[0]
        if r.random() < dob_jan1 or (age > 70 and r.random() < 0.15):
            dob = '%04d-01-01' % by
        else:
            dob = '%04d-%02d-%02d' % (by, self.rint(1, 12), self.rint(1, 28))
        name = self.name(gender, by, family, kind)
        g = (by - 1900) // 100 * 2 + (1 if gender == 'F' else 0)
        cccd = '%s%d%02d%06d' % (birth_prov, g, by % 100, int(r.random() * 1000000))
        return {'name': name, 'gender': gender, 'dob': dob, 'by': by, 'bprov': birth_prov,
                'prov': res_prov, 'cccd': cccd, 'face': self.face(), 'phone': self.imei(),
                'nat': 'VN', 'fam': name.split(' ')[0]}

    def name(self, gender, by, family=None, kind='kinh'):
        r = self.r
        if kind == 'hmong':
            f = r.choice(HMONG_FAM)
            return '%s %s %s' % (f, 'A' if gender == 'M' else 'Thị', r.choice(HMONG_GIV))
        if kind == 'tay':
            f = r.choice(TAY_FAM)
            return '%s %s %s' % (f, 'Văn' if gender == 'M' else 'Thị',
                                 r.choice(GIV_M if gender == 'M' else GIV_F))
        if kind == 'ede':
            return '%s %s %s' % ('Y' if gender == 'M' else "H'", r.choice(EDE_GIV), r.choice(EDE_FAM)) \
                if gender == 'M' else "H'%s %s" % (r.choice(EDE_GIV), r.choice(EDE_FAM))
        if kind == 'khmer':
            return '%s %s' % (r.choice(KHMER_FAM), r.choice(KHMER_GIV))
        f = family or r.choices(FAMILY, cum_weights=FAMILY_CUM)[0]
        if gender == 'M':
            mid = r.choice(MID_M) if (by >= 1985 or r.random() < 0.4) else 'Văn'
            giv = r.choice(GIV_M)
        else:
            mid = 'Thị' if (by < 1985 and r.random() < 0.8) or r.random() < 0.25 else r.choice(MID_F)
            giv = r.choice(GIV_F)
        if mid == giv:
            mid = 'Văn' if gender == 'M' else 'Thị'
        if r.random() < 0.12:   # four-part name
            extra = r.choice(MID_F if gender == 'F' else MID_M)
            if extra != mid and extra != giv:
                return '%s %s %s %s' % (f, mid, extra, giv)
        return '%s %s %s' % (f, mid, giv)

    def render_name(self, name, carrier, d):
        """How the carrier writes the declared name (same person)."""
        r = self.r
        x = r.random()
        pu = UPPER_CARRIERS.get(carrier, 0.08)
        if d < POPDB_START:
            pu += 0.15
        if x < pu * 0.45:
            return strip_diacritics(name).upper()
        if x < pu * 0.75:
            return name.upper()
        if x < pu:
            return strip_diacritics(name)
        return name

    # ---------------------------------------------------------------- usage
    def usage(self, profile, d, carrier):
        """early-life usage tuple (or None = unknown)."""
        r = self.r
        if carrier in NO_USAGE or d + 30 > EXPORT_DAY or d < BIO_START - 180 or r.random() < 0.04:
            return None
        ri = self.rint
        if profile == 'normal':
            out_c = ri(8, 220); in_c = int(out_c * r.uniform(0.6, 1.5)); dist = max(1, int(out_c * r.uniform(0.12, 0.45)))
            u = (ri(18, 30), out_c, in_c, ri(0, 40), ri(5, 90), dist, ri(3, 30) * 10000, ri(200, 25000))
        elif profile == 'light':
            out_c = ri(0, 40)
            u = (ri(5, 30), out_c, ri(2, 60), ri(0, 10), ri(2, 30), max(0, out_c // 3), ri(0, 10) * 10000, ri(0, 3000))
        elif profile == 'heavy':
            out_c = ri(150, 700)
            u = (ri(26, 30), out_c, int(out_c * r.uniform(0.5, 1.3)), ri(5, 120), ri(20, 160),
                 int(out_c * r.uniform(0.15, 0.4)), ri(20, 100) * 10000, ri(2000, 60000))
        elif profile == 'data':
            u = (ri(15, 30), 0, ri(0, 2), 0, ri(1, 12), 0, ri(7, 25) * 10000, ri(3000, 120000))
        elif profile == 'backup':
            u = (ri(0, 6), ri(0, 3), ri(0, 5), 0, ri(0, 6), ri(0, 2), r.choice((0, 0, 10000, 20000)), ri(0, 300))
        elif profile == 'iot':
            u = (ri(25, 30), 0, 0, ri(0, 30), ri(0, 30), 0, 0, ri(1, 80))
        elif profile == 'fleet':
            out_c = ri(30, 250)
            u = (ri(22, 30), out_c, ri(20, 200), ri(0, 20), ri(5, 50), int(out_c * r.uniform(0.2, 0.5)), 0, ri(500, 8000))
        elif profile == 'callcenter':
            out_c = ri(500, 2600)
            u = (ri(20, 26), out_c, ri(30, 400), ri(0, 50), ri(0, 40), int(out_c * r.uniform(0.6, 0.95)), 0, ri(0, 300))
        elif profile == 'elderly':
            out_c = ri(2, 60)
            u = (ri(10, 30), out_c, ri(5, 80), 0, ri(0, 20), max(1, out_c // 4), ri(1, 10) * 10000, ri(0, 800))
        elif profile == 'student':
            out_c = ri(3, 80)
            u = (ri(22, 30), out_c, ri(5, 90), ri(0, 60), ri(5, 60), max(1, out_c // 3), ri(5, 20) * 10000, ri(5000, 50000))
        elif profile == 'idle':
            u = (0, 0, 0, 0, 0, 0, 0, 0)
        elif profile == 'simbox':
            out_c = ri(1200, 6000)
            u = (ri(12, 30), out_c, ri(0, 25), 0, ri(0, 3), int(out_c * r.uniform(0.85, 0.99)), ri(20, 120) * 10000, 0)
        elif profile == 'otp':
            u = (ri(18, 30), 0, ri(0, 2), 0, ri(60, 700), 0, r.choice((0, 0, 10000)), 0)
        elif profile == 'scam':
            out_c = ri(150, 900)
            u = (ri(5, 25), out_c, ri(2, 40), ri(0, 300), ri(0, 20), int(out_c * r.uniform(0.7, 0.98)), ri(10, 50) * 10000, ri(0, 500))
        elif profile == 'stealth_scam':
            out_c = ri(60, 260)
            u = (ri(16, 30), out_c, int(out_c * r.uniform(0.2, 0.6)), ri(0, 30), ri(5, 40),
                 int(out_c * r.uniform(0.45, 0.8)), ri(5, 30) * 10000, ri(100, 4000))
        elif profile == 'stealth_otp':
            u = (ri(14, 30), ri(0, 8), ri(0, 10), ri(0, 3), ri(30, 160), ri(0, 4), ri(1, 5) * 10000, ri(20, 600))
        else:  # resold: an end user bought it later
            return self.usage(self.r.choice(('normal', 'light', 'idle', 'scam')), d, carrier)
        return u

    # ---------------------------------------------------------------- emit
    def emit(self, carrier, msisdn, d_ts, who, channel, point, device, label, usage=None,
             selfie=None, fm=None, popdb=None, status='ACTIVE', first_use='', sim=None,
             org=None, id_type=None, id_number=None, name_override=None, gender_override=None,
             dob_override=None, keep_face=False):
        """append one internal row. who: person dict (or None for org)."""
        r = self.r
        d = d_ts // 86400
        if org is not None:
            st, it, idn, nm, dob, gd, nat, prov = ('ORGANIZATION', 'ORG', org['tax'], org['name'], '', '',
                                                  'VN', org['prov'])
        else:
            st = 'INDIVIDUAL'
            it = id_type or ('CCCD' if who.get('idt') is None else who['idt'])
            idn = id_number or (who['cccd'] if it == 'CCCD' else who.get('idn', who['cccd']))
            nm = name_override or self.render_name(who['name'], carrier, d)
            dob = dob_override if dob_override is not None else who['dob']
            gd = gender_override if gender_override is not None else who['gender']
            nat = who['nat']
            prov = who['prov']
            if r.random() < 0.08:
                gd = ''
            if nat == 'VN' and r.random() < 0.1:
                nat = ''
            if r.random() < 0.05:
                prov = ''
        if r.random() < 0.15:
            st = '' if st == 'INDIVIDUAL' else st
        agent = point[1] if (point is not None and channel in ('STORE', 'AGENT')) else ''
        if popdb is None:
            if org is not None:
                popdb = 'UNCHECKED' if r.random() < 0.8 else ''
            elif d < POPDB_START:
                popdb = 'MATCH' if r.random() < 0.55 else ('UNCHECKED' if r.random() < 0.7 else '')
            else:
                popdb = 'MATCH' if r.random() < 0.985 else 'NOT_FOUND'
        if selfie is None and org is None and who is not None and (d >= BIO_START or r.random() < 0.4):
            if d >= BIO_START or r.random() < 0.5:
                selfie = self.capture(who['face'])
                if fm is None:
                    fm = min(0.999, max(0.5, r.gauss(0.9, 0.04) if r.random() > 0.03 else r.uniform(0.55, 0.75)))
        if d < BIO_START and not keep_face and r.random() < 0.5:
            selfie, fm = None, None
        if sim is None:
            sim = ('S', (carrier, point[1] if point is not None and channel in ('STORE', 'AGENT')
                         else 'central-' + channel))
        if msisdn is None:
            msisdn = self.new_msisdn(carrier)
        self.rows.append([d_ts, r.random(), carrier, msisdn, sim, st, it, idn, nm, dob, gd, nat, prov,
                          channel, agent, device or '', selfie or '',
                          ('%.3f' % fm) if fm is not None else '', popdb, status, first_use or '',
                          usage, label])
        return msisdn

    def status_for(self, d, p_lock=0.0, p_term=0.02):
        r = self.r
        x = r.random()
        if x < p_term and d < EXPORT_DAY - 60:
            return 'TERMINATED'
        if x < p_term + p_lock:
            return 'ONE_WAY_LOCKED' if r.random() < 0.6 else 'TWO_WAY_LOCKED'
        if x < p_term + p_lock + 0.02:
            return ''
        return 'ACTIVE'

    def reg_context(self, who, carrier, d, channel=None, hours=H_SHOP):
        """choose channel, point and device for a legit self registration."""
        ch = channel or self.channel_for(d, carrier)
        if ch in ('STORE', 'AGENT'):
            prov = who['prov'] if who is not None and who['prov'] else self.pick_province()
            pt = self.pick_point(carrier, prov, 'S' if ch == 'STORE' else 'A')
            dev = pt[2][int(self.r.random() * len(pt[2]))]
            return ch, pt, dev, self.at(d, hours)
        if ch == 'EKYC_APP':
            return ch, None, who['phone'] if who else self.imei(), self.at(d, H_EKYC)
        return ch, None, who['phone'] if (who and self.r.random() < 0.5) else '', self.at(d, H_EKYC)

    # ---------------------------------------------------------------- legit generators
    def g_individual(self, cat, cap, profile='normal', who=None, n=1, carrier=None):
        r = self.r
        carrier = carrier or self.pick_carrier()
        d0 = self.legit_day()
        if who is None:
            who = self.person(d0)
            if d0 < day_num(2021, 1, 1) and r.random() < 0.75:
                self.make_cmnd(who)
        made = 0
        d = d0
        per_carrier = {}
        for i in range(min(n, cap)):
            if i:
                d = self.later(d, self.rint(1, 500))
                if r.random() < 0.3:
                    carrier = self.pick_carrier()
            ch = None
            k = per_carrier[carrier] = per_carrier.get(carrier, 0) + 1
            if k >= 4 and d >= POPDB_START:
                ch = 'STORE'           # 4th+ number on one document: in person, carrier point
            ch, pt, dev, ts = self.reg_context(who, carrier, d, ch)
            idt = idn = None
            if who.get('idt') == 'CMND' and d >= day_num(2021, 7, 1):
                idt, idn = 'CCCD', who['cccd']     # later lines declared with the chip card
            prof = profile if i == 0 else r.choice((profile, 'light', 'data', 'backup'))
            st = self.status_for(d, 0.01 if prof != 'backup' else 0.08)
            fu = '' if prof == 'idle' else (who['phone'] if r.random() < 0.85 else self.imei())
            if prof == 'data' and r.random() < 0.4:
                fu = self.imei(TABLET_TACS + MODEM_TACS)
            self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=self.usage(prof, d, carrier),
                      status=st, first_use=fu, id_type=idt, id_number=idn)
            made += 1
        return made

    def g_cmnd_collision(self, cat, cap):
        """documented CMND overlap: 271450001-271500000 issued by both Ba Ria-Vung Tau and Dong Nai."""
        num = '%09d' % self.rint(271450001, 271500000)
        made = 0
        for prov in ('075', '077')[:max(1, min(2, cap))]:
            d = OLD_START + int(self.r.random() * (POPDB_START - OLD_START))
            who = self.person(d, birth_prov=prov, res_prov=prov)
            who['idt'], who['idn'] = 'CMND', num
            carrier = self.pick_carrier()
            ch, pt, dev, ts = self.reg_context(who, carrier, d)
            self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=None,
                      popdb=self.r.choice(('MATCH', 'UNCHECKED')), first_use=who['phone'])
            made += 1
        return made

    def make_cmnd(self, who):
        r = self.r
        if r.random() < 0.07:
            # 12-digit legacy CMND: random-looking, must never be decoded as a CCCD
            who['idt'] = 'CMND'
            who['idn'] = r.choice(PROV_CODES) + '%09d' % int(r.random() * 1e9)
        else:
            p = CMND_PREFIX.get(who['prov'] or who['bprov'], '01')
            who['idt'] = 'CMND'
            who['idn'] = p + '%0*d' % (9 - len(p), int(r.random() * 10 ** (9 - len(p))))

    def g_multi(self, cat, cap):
        n = self.r.choices([2, 3, 4, 5, 6], [50, 30, 10, 6, 4])[0]
        return self.g_individual(cat, cap, n=n)

    def g_heavy(self, cat, cap):
        # small trader with 10-25 lines, every one in person with a contract
        r = self.r
        carrier = r.choices(CARRIERS[:3], [55, 25, 20])[0]
        d = self.legit_day()
        who = self.person(d, age=self.rint(30, 60))
        n = min(cap, self.rint(10, 25))
        for i in range(n):
            dd = self.later(d, self.rint(0, 900))
            pt = self.pick_point(carrier, who['prov'], 'S')
            ts = self.at(dd)
            prof = r.choice(('normal', 'light', 'data', 'backup', 'heavy'))
            self.emit(carrier, None, ts, who, 'STORE', pt, r.choice(pt[2]), (0, 0, cat),
                      usage=self.usage(prof, dd, carrier), status=self.status_for(dd, 0.03),
                      first_use=r.choice((who['phone'], self.imei())))
        return n

    def g_family(self, cat, cap):
        r = self.r
        carrier = self.pick_carrier()
        d = self.new_day()
        prov = self.pick_province()
        fam = r.choices(FAMILY, cum_weights=FAMILY_CUM)[0]
        father = self.person(d, age=self.rint(35, 60), birth_prov=prov, res_prov=prov, gender='M', family=fam)
        mother = self.person(d, age=self.rint(33, 58), birth_prov=r.choice((prov, prov, self.pick_province())),
                             res_prov=prov, gender='F')
        members = [father, mother]
        for _ in range(self.rint(0, 3)):
            members.append(self.person(d, age=self.rint(14, 30), birth_prov=prov, res_prov=prov, family=fam))
        if r.random() < 0.4:
            members.append(self.person(d, age=self.rint(68, 90), birth_prov=prov, res_prov=prov,
                                       family=fam if r.random() < 0.5 else None, dob_jan1=0.3))
        members = members[:max(1, cap)]
        helper = r.choice(members[:2] + members[2:3])
        in_store = r.random() < 0.35
        if in_store:
            pt = self.pick_point(carrier, prov, 'S' if r.random() < 0.6 else 'A')
            dev = r.choice(pt[2])
            ch = 'STORE' if pt[0] == 'S' else 'AGENT'
            ts = self.at(d)
        else:
            pt, dev, ch = None, helper['phone'], 'EKYC_APP'
            ts = self.at(d, H_EKYC)
        for m in members:
            age = (EPOCH + timedelta(days=d)).year - m['by']
            fm = min(0.999, max(0.45, r.gauss(0.8 if age > 65 else 0.9, 0.06)))
            prof = 'elderly' if age > 65 else ('student' if age < 23 else 'normal')
            self.emit(carrier, None, ts, m, ch, pt, dev, (0, 0, cat), usage=self.usage(prof, d, carrier),
                      selfie=self.capture(m['face']), fm=fm, status=self.status_for(d, 0.01),
                      first_use=m['phone'] if age < 65 else self.imei(['35332811', '86769004']))
            ts += self.rint(60, 900)
        return len(members)

    def new_org(self, kind, prov=None):
        r = self.r
        prov = prov or r.choices(['079', '001', '048', '031', '074', '075', '027', '092', self.pick_province()],
                                 [30, 25, 6, 6, 8, 6, 5, 3, 11])[0]
        nm = '%s %s %s' % (r.choice(ORG_TYPES), r.choice(ORG_CORE[kind]), r.choice(ORG_NAME))
        x = r.random()
        if x < 0.08 and prov in PROV_SHORT:
            nm = '%s, chi nhánh %s' % (nm, PROV_SHORT[prov])
        elif x < 0.12:
            nm = '%s "%s"' % (nm.rsplit(' ', 1)[0], r.choice(ORG_NAME))
        elif x < 0.3:
            nm = strip_diacritics(nm).upper()
        tax = '0%09d' % int(r.random() * 1e9)
        if r.random() < 0.15:
            tax += '-%03d' % self.rint(1, 20)
        return {'name': nm, 'tax': tax, 'prov': prov}

    def g_org(self, cat, cap, kind, lo, hi, profile):
        r = self.r
        carrier = r.choices(CARRIERS[:4], [55, 22, 20, 3])[0]
        org = self.new_org(kind)
        k = min(cap, int(lo + (hi - lo) * r.random() ** 2.5 * min(1.0, self.N / 20000.0)) + 1)
        d = self.new_day(day_num(2019, 1, 1))
        pt = self.pick_point(carrier, org['prov'], 'S')
        nums = self.msisdn_block(carrier, k) if kind == 'iot' or r.random() < 0.5 else [None] * k
        stock = ('S', (carrier, 'org-%d' % len(self.rows)))
        ts = self.at(d)
        devs = pt[2]
        ndesk = max(1, k // 2)
        desk = [self.imei() for _ in range(min(ndesk, 400))]
        for i in range(k):
            if i and i % 200 == 0:
                ts += 86400
            ts += self.rint(5, 60)
            if kind == 'iot':
                fu = self.imei(MODEM_TACS)
            elif kind == 'callcenter':
                fu = desk[i // 2 % len(desk)] if r.random() < 0.9 else ''
            else:
                fu = self.imei()
            self.emit(carrier, nums[i], ts, None, 'STORE', pt, devs[i % len(devs)], (0, 0, cat),
                      usage=self.usage(profile, d, carrier), status=self.status_for(d, 0.0, 0.03),
                      first_use=fu, sim=stock, org=org)
        return k

    def g_promo(self, cat, cap):
        # carrier's own mobile registration point at a university / industrial zone
        r = self.r
        carrier = r.choices(CARRIERS[:3], [60, 20, 20])[0]
        prov = r.choice(['079', '001', '074', '075', '048', '027', '092', '040'])
        d = self.new_day()
        students = r.random() < 0.5
        pt = self.pick_point(carrier, prov, 'S')
        k = min(cap, self.rint(40, 400))
        nums = self.msisdn_block(carrier, k) if r.random() < 0.5 else [None] * k
        stock = ('S', (carrier, 'promo-%d' % len(self.rows)))
        ts = d * 86400 + 7 * 3600 + self.rint(0, 3600)
        for i in range(k):
            ts += self.rint(20, 240)
            if students:
                who = self.person(d, age=self.rint(18, 22), res_prov=prov)
            else:
                bp = r.choice(NORTH + CENTRAL) if prov >= '070' else self.pick_province()
                who = self.person(d, age=self.rint(18, 40), birth_prov=bp, res_prov=prov)
            self.emit(carrier, nums[i], ts, who, 'STORE', pt, pt[2][i % len(pt[2])], (0, 0, cat),
                      usage=self.usage('student' if students else 'normal', d, carrier),
                      status=self.status_for(d, 0.02), first_use=who['phone'], sim=stock)
        return k

    def g_migrant(self, cat, cap):
        r = self.r
        prov = r.choice(['074', '075', '079', '027', '024', '080'])
        carrier = self.pick_carrier()
        d = self.new_day()
        pt = self.pick_point(carrier, prov, 'A')
        k = min(cap, self.rint(3, 40))
        ts = self.at(d)
        for _ in range(k):
            bp = r.choice(NORTH + CENTRAL + CENTRAL)
            who = self.person(d, age=self.rint(18, 45), birth_prov=bp, res_prov=prov)
            ts += self.rint(60, 1800)
            self.emit(carrier, None, ts, who, 'AGENT', pt, r.choice(pt[2]), (0, 0, cat),
                      usage=self.usage('normal', d, carrier), status=self.status_for(d, 0.01),
                      first_use=who['phone'])
        return k

    def g_elderly(self, cat, cap):
        r = self.r
        d = self.legit_day()
        who = self.person(d, age=self.rint(65, 95), dob_jan1=0.25)
        carrier = self.pick_carrier()
        ch, pt, dev, ts = self.reg_context(who, carrier, d, 'STORE' if r.random() < 0.7 else None)
        fm = min(0.99, max(0.45, r.gauss(0.76, 0.08)))
        self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=self.usage('elderly', d, carrier),
                  selfie=self.capture(who['face']) if d >= BIO_START else None, fm=fm if d >= BIO_START else None,
                  status=self.status_for(d, 0.04), first_use=self.imei(['35332811', '86769004']))
        return 1

    def g_foreigner(self, cat, cap):
        r = self.r
        d = self.new_day()
        nat, names = r.choice(FOREIGN)
        g = 'M' if r.random() < 0.6 else 'F'
        by = (EPOCH + timedelta(days=d)).year - self.rint(20, 65)
        who = {'name': r.choice(names), 'gender': g, 'dob': '%04d-%02d-%02d' % (by, self.rint(1, 12), self.rint(1, 28)),
               'by': by, 'bprov': '', 'prov': r.choice(['079', '001', '048', '074', '056']), 'cccd': '',
               'face': self.face(), 'phone': self.imei(), 'nat': nat}
        pn = {'KR': 'M%08d', 'CN': 'E%08d', 'JP': 'TR%07d', 'US': '5%08d', 'TW': '3%08d', 'FR': '19AV%05d',
              'IN': 'Z%07d', 'RU': '75%07d', 'GB': '12%07d', 'LA': 'P%07d'}[nat] % int(r.random() * 1e7)
        carrier = r.choices(CARRIERS[:4], [50, 20, 28, 2])[0]
        pt = self.pick_point(carrier, who['prov'], 'S')
        self.emit(carrier, None, self.at(d), who, 'STORE', pt, r.choice(pt[2]), (0, 0, cat),
                  usage=self.usage(r.choice(('normal', 'data')), d, carrier), popdb='UNCHECKED',
                  status=self.status_for(d, 0.0, 0.15), first_use=who['phone'], id_type='PASSPORT',
                  id_number=pn, name_override=who['name'])
        return 1

    def g_typo(self, cat, cap):
        r = self.r
        d = self.new_day()
        who = self.person(d)
        carrier = self.pick_carrier()
        ch, pt, dev, ts = self.reg_context(who, carrier, d, r.choice(('STORE', 'AGENT')))
        kind = r.randrange(4)
        nm, dob, gd = None, None, None
        if kind == 0:   # day/month transposed or off-by-one day
            y, m, dd = who['dob'].split('-')
            dob = '%s-%s-%s' % (y, dd, m) if int(dd) <= 12 and dd != m else '%s-%s-%02d' % (y, m, max(1, int(dd) - 1))
        elif kind == 1:  # one word lost its diacritics or a letter swapped
            parts = who['name'].split(' ')
            j = self.rint(0, len(parts) - 1)
            w = parts[j]
            parts[j] = strip_diacritics(w) if strip_diacritics(w) != w else (w[1] + w[0] + w[2:] if len(w) > 2 else w + w[-1])
            nm = ' '.join(parts)
        elif kind == 2:  # clerk picked the wrong gender
            gd = 'F' if who['gender'] == 'M' else 'M'
        else:            # year typed off by one
            y, m, dd = who['dob'].split('-')
            dob = '%04d-%s-%s' % (int(y) + r.choice((-1, 1)), m, dd)
        self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=self.usage('normal', d, carrier),
                  popdb='MISMATCH' if kind != 2 else 'MATCH', status=self.status_for(d, 0.1),
                  first_use=who['phone'], name_override=nm, dob_override=dob, gender_override=gd)
        return 1

    def g_rereg(self, cat, cap):
        # legacy CMND registration, later standardised with the chip CCCD (same SIM, same number)
        r = self.r
        d1 = OLD_START + int(r.random() * (POPDB_START - OLD_START))
        who = self.person(d1)
        self.make_cmnd(who)
        carrier = self.pick_carrier()
        ch, pt, dev, ts = self.reg_context(who, carrier, d1)
        holder = ('H', [None, None], (carrier, pt[1] if pt else 'central-' + ch))
        n = self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=None, sim=holder, keep_face=True)
        if cap < 2:
            return 1
        d2 = day_num(2023, 1, 1) + int(r.random() * (EXPORT_DAY - day_num(2023, 1, 1) - 1))
        ch2, pt2, dev2, ts2 = self.reg_context(who, carrier, d2, r.choice(('STORE', 'EKYC_APP')))
        self.emit(carrier, n, ts2, who, ch2, pt2, dev2, (0, 0, cat), usage=None, sim=holder, id_type='CCCD',
                  id_number=who['cccd'], popdb='MATCH', first_use=who['phone'])
        return 2

    def g_recycled(self, cat, cap):
        r = self.r
        d1 = OLD_START + int(r.random() * (day_num(2023, 6, 1) - OLD_START))
        carrier = self.pick_carrier()
        old = self.person(d1)
        ch, pt, dev, ts = self.reg_context(old, carrier, d1)
        n = self.emit(carrier, None, ts, old, ch, pt, dev, (0, 0, cat), usage=self.usage('normal', d1, carrier),
                      status='TERMINATED', first_use=old['phone'])
        if cap < 2:
            return 1
        d2 = self.later(d1, self.rint(200, 1200))
        new = self.person(d2)
        ch, pt, dev, ts = self.reg_context(new, carrier, d2)
        self.emit(carrier, n, ts, new, ch, pt, dev, (0, 0, cat), usage=self.usage('normal', d2, carrier),
                  first_use=new['phone'])
        return 2

    def g_legacy(self, cat, cap):
        r = self.r
        d = OLD_START + int(r.random() * (day_num(2021, 6, 30) - OLD_START))
        who = self.person(d)
        self.make_cmnd(who)
        carrier = self.pick_carrier()
        ch, pt, dev, ts = self.reg_context(who, carrier, d)
        st = 'ACTIVE'
        x = r.random()
        if x < 0.12:
            st = 'ONE_WAY_LOCKED'     # did not confirm in VNeID by 15 Jun 2026
        elif x < 0.16:
            st = 'TERMINATED'
        self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=None,
                  popdb=r.choice(('MATCH', 'MATCH', 'UNCHECKED', '')), status=st,
                  first_use=who['phone'] if r.random() < 0.5 else '')
        return 1

    def g_dealer_own(self, cat, cap):
        r = self.r
        carrier = self.pick_carrier()
        d = self.legit_day()
        prov = self.pick_province()
        pt = self.pick_point(carrier, prov, 'A')
        who = self.person(d, age=self.rint(25, 55), res_prov=prov)
        k = min(cap, self.rint(1, 3))
        for i in range(k):
            dd = self.later(d, i * self.rint(30, 400))
            self.emit(carrier, None, self.at(dd), who, 'AGENT', pt, pt[2][0], (0, 0, cat),
                      usage=self.usage('heavy', dd, carrier), first_use=who['phone'])
        return k

    def g_minority(self, cat, cap):
        r = self.r
        x = r.random()
        if x < 0.35:
            kind, prov = 'hmong', r.choice(HIGHLAND_N[:8])
        elif x < 0.6:
            kind, prov = 'tay', r.choice(HIGHLAND_N)
        elif x < 0.8:
            kind, prov = 'ede', r.choice(HIGHLAND_C)
        else:
            kind, prov = 'khmer', r.choice(KHMER)
        d = self.legit_day()
        who = self.person(d, birth_prov=prov, res_prov=prov, kind=kind, dob_jan1=0.2)
        carrier = r.choices(CARRIERS[:3], [75, 15, 10])[0]
        ch, pt, dev, ts = self.reg_context(who, carrier, d, 'AGENT' if r.random() < 0.7 else None)
        self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=self.usage('light', d, carrier),
                  status=self.status_for(d, 0.03), first_use=who['phone'])
        return 1

    def g_student(self, cat, cap):
        d = self.new_day()
        who = self.person(d, age=self.rint(14, 17))
        carrier = self.pick_carrier()
        ch, pt, dev, ts = self.reg_context(who, carrier, d, self.r.choice(('STORE', 'AGENT', 'EKYC_APP')))
        self.emit(carrier, None, ts, who, ch, pt, dev, (0, 0, cat), usage=self.usage('student', d, carrier),
                  first_use=who['phone'])
        return 1

    # ---------------------------------------------------------------- fraud generators
    def fraud_day(self, lo=day_num(2023, 6, 1)):
        r = self.r
        return lo + int((r.random() ** 0.7) * (EXPORT_DAY - lo - 1))

    def fraud_prov(self):
        if self.focus:
            return self.r.choice(self.focus)
        return self.pick_province()

    def fake_person(self, d, sloppy):
        """fabricated identity: CCCD structurally plausible, or sloppy (inconsistent)."""
        r = self.r
        p = self.person(d, age=self.rint(18, 70))
        if sloppy:
            x = r.random()
            cc = p['cccd']
            if x < 0.3:
                cc = cc[:3] + str((int(cc[3]) + 1) % 10) + cc[4:]        # gender/century digit wrong
            elif x < 0.55:
                cc = cc[:4] + '%02d' % ((int(cc[4:6]) + self.rint(1, 9)) % 100) + cc[6:]   # year wrong
            elif x < 0.7:
                cc = r.choice(['003', '005', '013', '099', '050', '071']) + cc[3:]  # unknown province
            elif x < 0.8:
                cc = cc[:6] + '%06d' % self.rint(0, 20)              # lazy serial
            p['cccd'] = cc
        return p

    def preactivated(self, cat, cap, leaked):
        r = self.r
        carrier = r.choices(CARRIERS[:6], [50, 20, 20, 5, 2, 3])[0]
        prov = self.fraud_prov()
        pt = self.pick_point(carrier, prov, 'A')
        dev = r.choice(pt[2])
        k = min(cap, self.rint(15, int(40 + 260 * min(1.0, self.N / 50000.0))))
        d = self.fraud_day(day_num(2022, 1, 1) if self.old_share > 0.3 else day_num(2023, 6, 1))
        nums = self.msisdn_block(carrier, k) if r.random() < 0.7 else [self.new_msisdn(carrier) for _ in range(k)]
        stock = ('S', (carrier, 'pre-%d' % len(self.rows)))
        photos = [self.face() for _ in range(self.rint(1, 4))]
        ts = d * 86400 + r.choice((0, 1, 2, 3, 21, 22, 23, 12)) * 3600 + self.rint(0, 3000)
        resold = r.random() < 0.5
        for i in range(k):
            ts += self.rint(15, 200)
            if leaked:
                who = self.person(d, age=self.rint(18, 80))
                popdb = 'MATCH' if r.random() < 0.8 else 'MISMATCH'
                fm = r.uniform(0.15, 0.65)
            else:
                who = self.fake_person(d, r.random() < 0.5)
                if r.random() < 0.15:
                    self.make_cmnd(who)    # expired legacy document type on a new H2H line
                popdb = r.choice(('NOT_FOUND', 'NOT_FOUND', 'MISMATCH', 'UNCHECKED', ''))
                fm = r.uniform(0.1, 0.7)
            selfie = self.capture(r.choice(photos), 3)
            if r.random() < 0.2:
                selfie, fm = None, None
            prof = r.choice(('normal', 'light', 'scam', 'otp', 'idle')) if resold else 'idle'
            if r.random() < 0.5:
                prof = 'idle'
            st = self.status_for(d, 0.35, 0.15)
            fu = '' if prof == 'idle' else self.imei()
            self.emit(carrier, nums[i], ts, who, 'AGENT', pt, dev, (1, 1 if leaked else 0, cat),
                      usage=self.usage(prof, d, carrier), selfie=selfie, fm=fm, popdb=popdb,
                      status=st, first_use=fu, sim=stock, keep_face=True)
        return k

    def dealer_addon(self, cat, cap):
        r = self.r
        carrier = r.choices(CARRIERS[:4], [55, 22, 20, 3])[0]
        prov = self.fraud_prov()
        pt = self.pick_point(carrier, prov, 'A')
        dev = r.choice(pt[2])
        d0 = self.fraud_day()
        made = 0
        # one corrupt dealer processes several walk-in customers over weeks
        for _ in range(self.rint(3, 25)):
            if made >= cap:
                break
            d = self.later(d0, self.rint(0, 90))
            who = self.person(d, res_prov=prov)
            ts = self.at(d)
            cap_sel = self.capture(who['face'], 2)
            fm = min(0.99, r.gauss(0.9, 0.04))
            self.emit(carrier, None, ts, who, 'AGENT', pt, dev, (0, 0, 'legit_walkin_customer'),
                      usage=self.usage('normal', d, carrier), selfie=cap_sel, fm=fm, popdb='MATCH',
                      first_use=who['phone'])
            made += 1
            extra = min(cap - made, self.rint(1, 4))
            for j in range(extra):
                ts += self.rint(120, 3600) if r.random() < 0.7 else self.rint(4 * 3600, 12 * 3600)
                sel = cap_sel if r.random() < 0.6 else self.capture(who['face'], 2)
                prof = r.choice(('idle', 'idle', 'otp', 'scam', 'light'))
                self.emit(carrier, None, ts, who, 'AGENT', pt, dev, (1, 1, cat),
                          usage=self.usage(prof, d, carrier), selfie=sel, fm=fm + r.uniform(-0.01, 0.01),
                          popdb='MATCH', status=self.status_for(d, 0.3, 0.05),
                          first_use='' if prof == 'idle' else self.imei())
                made += 1
        return made

    def agent_own(self, cat, cap):
        r = self.r
        carrier = r.choices(CARRIERS[:3], [60, 20, 20])[0]
        prov = self.fraud_prov()
        pt = self.pick_point(carrier, prov, 'A')
        d0 = self.fraud_day()
        agent = self.person(d0, age=self.rint(22, 45), res_prov=prov)
        k = min(cap, self.rint(20, int(60 + 600 * min(1.0, self.N / 100000.0))))
        stock = ('S', (carrier, 'own-%d' % len(self.rows)))
        ts = self.at(d0)
        for i in range(k):
            ts += self.rint(30, 900) if r.random() < 0.9 else self.rint(20000, 200000)
            d = ts // 86400
            if d >= EXPORT_DAY:
                d = self.later(d0, self.rint(0, 60))
                ts = self.at(d)
            prof = r.choice(('idle', 'idle', 'otp', 'scam', 'normal', 'light'))
            self.emit(carrier, None, ts, agent, 'AGENT', pt, pt[2][0], (1, 1, cat),
                      usage=self.usage(prof, d, carrier), selfie=self.capture(agent['face']),
                      fm=r.uniform(0.85, 0.98), popdb='MATCH', status=self.status_for(d, 0.3, 0.1),
                      first_use='' if prof == 'idle' else self.imei(), sim=stock, name_override=agent['name'])
        return k

    def simbox(self, cat, cap, leaked):
        r = self.r
        carrier = r.choices(CARRIERS[:4], [50, 25, 20, 5])[0]
        prov = self.fraud_prov()
        k = min(cap, self.rint(30, int(60 + 340 * min(1.0, self.N / 50000.0))))
        ports = self.imei_seq(r.choice((8, 16, 32)))
        d0 = self.fraud_day()
        if not leaked:
            org = self.new_org('front', prov)
            pt = self.pick_point(carrier, prov, r.choice(('S', 'A')))
            ch = 'STORE' if pt[0] == 'S' else 'AGENT'
            nums = self.msisdn_block(carrier, k) if r.random() < 0.5 else [None] * k
            ts = self.at(d0)
            for i in range(k):
                ts += self.rint(10, 120)
                d = ts // 86400
                self.emit(carrier, nums[i], ts, None, ch, pt, r.choice(pt[2]), (1, 0, cat),
                          usage=self.usage('simbox', d, carrier), status=self.status_for(d, 0.45, 0.1),
                          first_use=ports[i % len(ports)], org=org,
                          sim=('S', (carrier, 'sbx-%d' % len(self.rows))))
            return k
        # individually registered on bought / leaked identities spread over dealers and weeks
        for i in range(k):
            d = self.later(d0, self.rint(0, 60))
            who = self.person(d, age=self.rint(18, 75))
            p2 = prov if r.random() < 0.6 else self.pick_province()
            pt = self.pick_point(carrier, p2, 'A')
            fm = r.uniform(0.35, 0.9)
            self.emit(carrier, None, self.at(d), who, 'AGENT', pt, r.choice(pt[2]), (1, 1, cat),
                      usage=self.usage('simbox', d, carrier), selfie=self.capture(self.face()), fm=fm,
                      popdb='MATCH', status=self.status_for(d, 0.45, 0.1), first_use=ports[i % len(ports)])
        return k

    def otp_farm(self, cat, cap, own):
        r = self.r
        carrier = r.choices(CARRIERS[:6], [45, 20, 20, 8, 3, 4])[0]
        prov = self.fraud_prov()
        modems = self.imei_seq(r.choice((8, 16, 32, 64)))
        d0 = self.fraud_day()
        if own:
            who = self.person(d0, age=self.rint(20, 40), res_prov=prov)
            k = min(cap, self.rint(6, 30))
            for i in range(k):
                d = self.later(d0, self.rint(0, 120))
                # first 3 in the app are lawful; later ones in person at varied points
                if i < 3:
                    ch, pt, dev, ts = 'EKYC_APP', None, who['phone'], self.at(d, H_EKYC)
                else:
                    pt = self.pick_point(carrier, prov if r.random() < 0.7 else self.pick_province(),
                                         r.choice(('S', 'A', 'A')))
                    ch, dev, ts = ('STORE' if pt[0] == 'S' else 'AGENT'), r.choice(pt[2]), self.at(d)
                self.emit(carrier, None, ts, who, ch, pt, dev, (1, 0, cat), usage=self.usage('otp', d, carrier),
                          selfie=self.capture(who['face']), fm=r.uniform(0.85, 0.98), popdb='MATCH',
                          status=self.status_for(d, 0.2, 0.05), first_use=modems[i % len(modems)])
            return k
        k = min(cap, self.rint(20, int(30 + 200 * min(1.0, self.N / 50000.0))))
        for i in range(k):
            d = self.later(d0, self.rint(0, 75))
            who = self.person(d, age=self.rint(18, 30), res_prov=prov if r.random() < 0.7 else None)
            pt = self.pick_point(carrier, who['prov'] or prov, 'A')
            self.emit(carrier, None, self.at(d), who, 'AGENT', pt, r.choice(pt[2]), (1, 1, cat),
                      usage=self.usage(r.choice(('otp', 'otp', 'stealth_otp')), d, carrier),
                      selfie=self.capture(who['face']), fm=r.uniform(0.8, 0.97), popdb='MATCH',
                      status=self.status_for(d, 0.2, 0.05), first_use=modems[i % len(modems)])
        return k

    def multi_province(self, cat, cap):
        r = self.r
        carrier = r.choices(CARRIERS[:3], [55, 25, 20])[0]
        d0 = self.fraud_day()
        victim = self.person(d0)
        k = min(cap, self.rint(3, 9))
        provs = r.sample(PROV_CODES, min(k, 6))
        for i in range(k):
            d = self.later(d0, self.rint(0, 10))
            pt = self.pick_point(carrier, provs[i % len(provs)], 'A')
            prof = r.choice(('scam', 'otp', 'idle', 'normal'))
            self.emit(carrier, None, self.at(d), victim, 'AGENT', pt, r.choice(pt[2]), (1, 1, cat),
                      usage=self.usage(prof, d, carrier), selfie=self.capture(self.face()), fm=r.uniform(0.2, 0.75),
                      popdb='MATCH', status=self.status_for(d, 0.3, 0.05),
                      first_use='' if prof == 'idle' else self.imei())
        return k

    def stealth_rented(self, cat, cap):
        """ring pays real people to register in person; SIMs handed to the ring."""
        r = self.r
        carrier = r.choices(CARRIERS[:3], [55, 25, 20])[0]
        home = self.fraud_prov()
        near = [home] + r.sample(PROV_CODES, 3)
        d0 = self.fraud_day()
        ring_phones = [self.imei() for _ in range(self.rint(5, 30))]
        made = 0
        people = self.rint(10, int(20 + 150 * min(1.0, self.N / 50000.0)))
        for _ in range(people):
            if made >= cap:
                break
            d = self.later(d0, self.rint(0, 180))
            who = self.person(d, age=self.rint(18, 28) if r.random() < 0.7 else self.rint(29, 60),
                              res_prov=r.choice(near))
            for j in range(min(cap - made, r.choices((1, 2, 3), (60, 30, 10))[0])):
                dd = self.later(d, self.rint(0, 20) * j)
                pt = self.pick_point(carrier, r.choice(near), 'A' if r.random() < 0.8 else 'S')
                ch = 'AGENT' if pt[0] == 'A' else 'STORE'
                self.emit(carrier, None, self.at(dd), who, ch, pt, r.choice(pt[2]), (1, 1, cat),
                          usage=self.usage(r.choice(('stealth_scam', 'stealth_scam', 'stealth_otp', 'normal')), dd, carrier),
                          selfie=self.capture(who['face']), fm=min(0.99, r.gauss(0.9, 0.04)), popdb='MATCH',
                          status=self.status_for(dd, 0.06, 0.03),
                          first_use=r.choice(ring_phones) if r.random() < 0.8 else self.imei())
                made += 1
        return made

    def stealth_deepfake(self, cat, cap):
        """leaked IDs (real people, often older / other provinces) self-registered in the app."""
        r = self.r
        carrier = r.choices(CARRIERS[:3] + ['ITEL', 'VIETNAMOBILE'], [45, 22, 20, 8, 5])[0]
        d0 = self.fraud_day(day_num(2024, 1, 1))
        ring_phones = [self.imei() for _ in range(self.rint(4, 20))]
        leak_prov = r.sample(PROV_CODES, 4)
        k = min(cap, self.rint(15, int(30 + 250 * min(1.0, self.N / 50000.0))))
        made = 0
        while made < k:
            d = self.later(d0, self.rint(0, 200))
            who = self.person(d, age=self.rint(35, 78) if r.random() < 0.6 else None,
                              birth_prov=r.choice(leak_prov) if r.random() < 0.6 else None)
            x = r.random()
            n = min(k - made, 1 if x < 0.75 else (2 if x < 0.95 else self.rint(4, 5)))  # a few over the 3-per-document app limit
            for j in range(n):
                dd = self.later(d, j * self.rint(1, 30))
                self.emit(carrier, None, self.at(dd, H_EKYC), who, 'EKYC_APP', None, r.choice(ring_phones),
                          (1, 1, cat), usage=self.usage(r.choice(('stealth_scam', 'stealth_otp', 'normal', 'light')), dd, carrier),
                          selfie=self.capture(self.face()), fm=r.uniform(0.62, 0.86), popdb='MATCH',
                          status=self.status_for(dd, 0.08, 0.02), first_use=self.imei())
                made += 1
        return made

    def slowdrip(self, cat, cap):
        """fabricated but structurally perfect identities, 1-2 a day across many small dealers."""
        r = self.r
        carrier = r.choices(CARRIERS[:7], [40, 20, 20, 8, 4, 5, 3])[0]
        d0 = self.fraud_day(day_num(2023, 1, 1))
        k = min(cap, self.rint(10, int(20 + 150 * min(1.0, self.N / 50000.0))))
        provs = r.sample(PROV_CODES, 5)
        for i in range(k):
            d = self.later(d0, self.rint(0, 240))
            who = self.fake_person(d, False)
            pt = self.pick_point(carrier, r.choice(provs), 'A')
            self.emit(carrier, None, self.at(d), who, 'AGENT', pt, r.choice(pt[2]), (1, 0, cat),
                      usage=self.usage(r.choice(('stealth_scam', 'light', 'stealth_otp')), d, carrier),
                      selfie=self.capture(self.face()), fm=r.uniform(0.7, 0.92),
                      popdb=r.choice(('UNCHECKED', '', 'UNCHECKED', 'NOT_FOUND')),
                      status=self.status_for(d, 0.15, 0.05), first_use=self.imei())
        return k

    def handed_over(self, cat, cap):
        """genuine registration, number later sold/handed to someone else without re-registering."""
        r = self.r
        d = OLD_START + int(r.random() * (day_num(2025, 6, 1) - OLD_START))
        who = self.person(d, age=self.rint(25, 70))
        carrier = self.pick_carrier()
        ch, pt, dev, ts = self.reg_context(who, carrier, d)
        st = r.choice(('ACTIVE', 'ACTIVE', 'ONE_WAY_LOCKED', 'TWO_WAY_LOCKED'))
        self.emit(carrier, None, ts, who, ch, pt, dev, (0, 1, cat), usage=self.usage('normal', d, carrier),
                  status=st, first_use=who['phone'] if r.random() < 0.6 else self.imei())
        return 1

    # ---------------------------------------------------------------- driver
    def build(self):
        r = self.r
        N = self.N
        lo, hi = self.sc['fraud_rate']
        fraud_rows = int(round(N * r.uniform(lo, hi)))
        legit_rows = N - fraud_rows
        legit_gen = {
            'legit_individual': lambda c, k: self.g_individual(c, k),
            'legit_multi_sim': self.g_multi, 'legit_heavy_holder': self.g_heavy,
            'legit_data_only': lambda c, k: self.g_individual(c, k, 'data'),
            'legit_backup_sim': lambda c, k: self.g_individual(c, k, 'backup'),
            'legit_family_shared_phone': self.g_family,
            'legit_org_iot': lambda c, k: self.g_org(c, k, 'iot', 20, 2000, 'iot'),
            'legit_org_fleet': lambda c, k: self.g_org(c, k, 'fleet', 10, 250, 'fleet'),
            'legit_org_callcenter': lambda c, k: self.g_org(c, k, 'callcenter', 20, 300, 'callcenter'),
            'legit_promo_event': self.g_promo, 'legit_migrant_worker': self.g_migrant,
            'legit_elderly': self.g_elderly, 'legit_foreigner': self.g_foreigner,
            'legit_clerical_typo': self.g_typo, 'legit_reregistered': self.g_rereg,
            'legit_recycled_number': self.g_recycled, 'legit_legacy_cmnd': self.g_legacy,
            'legit_dealer_own_line': self.g_dealer_own, 'legit_ethnic_minority': self.g_minority,
            'legit_student': self.g_student, 'legit_cmnd_collision': self.g_cmnd_collision,
        }
        fraud_gen = {
            'preactivated_fabricated': lambda c, k: self.preactivated(c, k, False),
            'preactivated_leaked_ids': lambda c, k: self.preactivated(c, k, True),
            'dealer_addon_extra': self.dealer_addon, 'agent_own_id_mass': self.agent_own,
            'simbox_front_org': lambda c, k: self.simbox(c, k, False),
            'simbox_leaked_ids': lambda c, k: self.simbox(c, k, True),
            'otp_farm_own_id': lambda c, k: self.otp_farm(c, k, True),
            'otp_farm_rented_ids': lambda c, k: self.otp_farm(c, k, False),
            'id_multi_province': self.multi_province, 'stealth_rented_ids': self.stealth_rented,
            'stealth_deepfake_ekyc': self.stealth_deepfake, 'stealth_fabricated_slowdrip': self.slowdrip,
            'handed_over_number': self.handed_over,
        }
        # fraud first (its walk-in customers count toward the fraud quota budget)
        self._fill(self.sc['fraud'], fraud_gen, fraud_rows, jitter=0.6)
        self._fill({k: v for k, v in self.sc['legit'].items() if v > 0}, legit_gen, N - len(self.rows), jitter=0.3)
        while len(self.rows) < N:     # top-up rounding leftovers
            self.g_individual('legit_individual', N - len(self.rows))
        del self.rows[N:]

    def _fill(self, weights, gens, total, jitter):
        r = self.r
        if total <= 0:
            return
        names = sorted(weights)
        ws = [weights[n] * (1 + jitter * (2 * r.random() - 1)) for n in names]
        s = sum(ws)
        quotas = [int(total * w / s) for w in ws]
        quotas[0] += total - sum(quotas)
        order = list(range(len(names)))
        r.shuffle(order)
        for i in order:
            left = quotas[i]
            while left > 0:
                left -= max(1, gens[names[i]](names[i], left))

    # ---------------------------------------------------------------- output
    def write(self, out):
        r = self.r
        os.makedirs(out, exist_ok=True)
        rows = self.rows
        rows.sort(key=lambda x: (x[0], x[1]))
        stocks = self.stock
        labels = {}
        fmt_choice = [0, 1, 2]
        lines = [','.join(COLS)]
        case_var = {}
        for row in rows:
            (ts, _tb, carrier, msisdn, sim, st, it, idn, nm, dob, gd, nat, prov, ch, agent, dev, selfie,
             fm, popdb, status, fu, usage, label) = row
            # SIM identifiers assigned in time order from each stock
            if sim[0] == 'S':
                key = sim[1]
            else:
                key = sim[2]
            if sim[0] == 'H' and sim[1][0] is not None:
                iccid, imsi = sim[1]
            else:
                stv = stocks.get(key)
                if stv is None:
                    iss, ln = ICCID_ISSUER[carrier]
                    width = ln - 7
                    stv = [int(r.random() * 10 ** width * 0.9), int(r.random() * 9e9), width, iss]
                    stocks[key] = stv
                body = '8984%s%0*d' % (stv[3], stv[2], stv[0])
                iccid = body + luhn_digit(body)
                mnc = IMSI_MNC.get(carrier)
                if carrier == 'ITEL' and stv[1] % 10 < 3:
                    mnc = '02'
                imsi = ('452%s%010d' % (mnc, stv[1])) if mnc else ''
                stv[0] += 1 if r.random() < 0.9 else self.rint(2, 6)
                stv[1] += 1
                if sim[0] == 'H':
                    sim[1][0], sim[1][1] = iccid, imsi
            if r.random() < 0.03:
                imsi = ''
            if r.random() < 0.01:
                iccid = ''
            f = MSISDN_FMT[carrier] if r.random() < 0.85 else fmt_choice[int(r.random() * 3)]
            ms = ('0' if f == 0 else ('84' if f == 1 else '+84')) + msisdn
            c_out = carrier
            if r.random() < 0.01:
                c_out = carrier.capitalize() if r.random() < 0.5 else carrier.lower()
            if usage is None:
                u = ',,,,,,,'
            else:
                u = '%d,%d,%d,%d,%d,%d,%d,%d' % usage
            if '"' in nm or ',' in nm:
                nm = '"' + nm.replace('"', '""') + '"'
            lines.append(','.join((c_out, ms, imsi, iccid, st, it, idn, nm, dob, gd, nat, prov, fmt_ts(ts), ch,
                                   agent, dev, selfie, fm, popdb, status, fu, u)))
            labels[(carrier, msisdn)] = label
        with open(os.path.join(out, 'batch.csv'), 'w', encoding='utf-8', newline='') as fh:
            fh.write('\r\n'.join(lines))
            fh.write('\r\n')
        with open(os.path.join(out, 'labels.csv'), 'w', encoding='utf-8', newline='') as fh:
            fh.write('carrier,msisdn,junk,non_owner,pattern\r\n')
            for (c, m) in sorted(labels):
                j, n, p = labels[(c, m)]
                fh.write('%s,84%s,%d,%d,%s\r\n' % (c, m, j, n, p))


CARRIER_CUM = cum(CARRIER_W)
PROV_CUM = cum(PROV_W)
FAMILY_CUM = cum(FAMILY_W)


def main(argv=None):
    ap = argparse.ArgumentParser(description='indep14 synthetic SIM-registration population generator')
    ap.add_argument('--rows', type=int)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--scenario', default='national_default')
    ap.add_argument('--out')
    ap.add_argument('--list-scenarios', action='store_true')
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for n in SCENARIOS:
            print(n)
        return 0
    if a.rows is None or a.out is None:
        ap.error('--rows and --out are required')
    if a.scenario not in SCENARIOS:
        ap.error('unknown scenario %r (see --list-scenarios)' % a.scenario)
    if a.rows < 1:
        ap.error('--rows must be >= 1')
    g = Gen(a.rows, a.seed, a.scenario)
    g.build()
    g.write(a.out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
