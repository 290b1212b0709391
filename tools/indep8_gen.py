#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep8_gen.py - independent, blind test-data generator for the Vietnamese
SIM-registration anomaly auditor.

Written only from shared/spec/batch-format.md (the batch contract) and
shared/spec/domain-vietnam.md (domain facts).  Standard library only.

Usage
-----
    python3 tools/indep8_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep8_gen.py --list-scenarios
    (--stats prints per-pattern row/subscription counts to stderr)

Writes DIR/batch.csv (the 29 contract columns in contract order, header row,
UTF-8, RFC 4180 quoting, exactly N data rows, rows in shuffled order) and
DIR/labels.csv (header ``carrier,msisdn,junk,non_owner,pattern``, one row per
subscription, sorted).  A subscription is (carrier, msisdn); when it has
several rows (history: number recycling, ownership transfer, SIM replacement,
SIM swap, CMND->CCCD standardisation, typo correction ...) the label describes
the row with the latest registered_at and carrier/msisdn are spelt exactly as
in that latest row.  History rows may spell the msisdn differently
(0.../84.../+84...) and carriers may be written in mixed case: the contract
says both are normalised.  The output is a pure function of
(rows, seed, scenario): one random.Random seeded with the string
"indep8|<rows>|<seed>|<scenario>", no set/dict iteration order dependence, no
clock.

Scenarios
---------
national_default   Jan 2025 - Mar 2026, national mix; ~6 % of rows in fraud
                   clusters, ~30 % confounders, 30 % of fraud clusters stealthy.
low_fraud          as national_default but ~0.8 % fraud rows, 40 % stealth.
fraud_heavy        Jun 2025 - Mar 2026, ~25 % fraud rows, 20 % stealth
                   (mostly blatant mass registration, SIM boxes, OTP farms).
stealth_heavy      ~8 % fraud rows, 85 % of clusters stealthy, ~40 %
                   confounders (the hard one).
south_dealer_skew  residence skewed to HCMC / south-east / Mekong delta,
                   dealer (AGENT) channel ~70 %, migrant workers and busy shops
                   over-represented, fraud concentrated on dealer-side patterns.
post_circular08    15 Apr - 10 Aug 2026 (after Circular 08/2026): every new H2H
                   registration carries a selfie + face_match and a population
                   DB check, fabricated identities are rare, fraud moves to
                   rented identities, deep-fake eKYC and SIM swaps; numbers
                   registered on identities whose owner never confirmed them on
                   VNeID are ONE_WAY_LOCKED after 15 Jun 2026 (as are a few
                   legitimate unconfirmed ones and un-re-verified CMND holders).
clean_confounders  no fraud at all, ~50 % confounders (false-positive probe).

Contract-allowed export variations (all valid rows, nothing is malformed)
------------------------------------------------------------------------
msisdn as 0.../84.../+84... (per-carrier habits, ~3 % ported numbers whose
prefix belongs to another operator); carrier code occasionally in lower or
title case; empty optional defaults (subscriber_type, nationality, status,
popdb) vs explicit INDIVIDUAL/VN/ACTIVE/UNCHECKED; VIETNAMOBILE and ITEL
timestamps in +00:00, everyone else +07:00; MOBIFONE selfie hashes in upper
case hex; names in NFC with diacritics, UPPER case, diacritic-free, old-style
tone placement (Hoà/Thuỷ) and, at ITEL, NFD-decomposed; organisation names
may contain commas and double quotes (RFC 4180 quoting).  agent_id is
<2-letter carrier><S store | A dealer | M carrier mobile point><province>
<4 digits>; mobile points (campus booths, factory gates, mountain vans) use
channel STORE (carrier-owned point, Decree 163 Art. 16(1)).  Population-DB
outage days per carrier make every registration of that day UNCHECKED.
Legitimate near-duplicate faces exist (typo re-registrations, twins at 5-12
bits, a relative's face captured for an elderly parent), as do legitimate low
face_match values (~4.5 % of genuine captures, more for the elderly).

Patterns (labels.csv ``pattern`` column) with (junk, non_owner)
---------------------------------------------------------------
Fraud (each has a "stealth" realisation for a scenario-dependent share of its
clusters):
 preact_fabricated   (1,0) dealer mass-registers pre-activated SIMs on
                     fabricated identities (no such person).  Blatant: night
                     bursts on one device, sequential ICCID/IMSI/MSISDN,
                     sloppy CCCDs (birth province anywhere, century/gender or
                     year digit inconsistent with DOB, unknown province code),
                     2-3 reused "model" faces, NOT_FOUND/MISMATCH.  Stealth:
                     internally consistent local CCCDs, one distinct bought
                     face per identity printed on the fake card (high
                     face_match), registered in business hours on population-DB
                     outage days (UNCHECKED, like every honest registration of
                     that carrier that day), spread over weeks, SIMs sold and
                     used normally.
 preact_leaked       (1,1) pre-activated SIMs on real, leaked identities.
                     Blatant: breach list from all provinces, staff face reused,
                     sequential stock.  Stealth: the dealer reuses ID photocopies
                     of its own earlier genuine customers weeks later, selfie is
                     a re-photographed ID portrait (owner's face hash + 5-9
                     bits), face_match 0.65-0.85.
 dealer_own_id       (1,1) a dealer activates tens to hundreds of SIMs on his own
                     CCCD across the carriers he sells (own live face every
                     time, MATCH).  Stealth: dealer + spouse/parents/siblings,
                     4-9 SIMs per ID (under the >=10 review tier), partly via
                     the carrier app on the dealer's phone (like a family).
                     The dealer is a real person who is not the user -> both.
 walkin_extra        (1,1) extra SIMs added to a walk-in customer's documents.
                     The customer's own SIM is labelled walkin_genuine (0,0).
                     Blatant: extras minutes later, same tablet, identical
                     (replayed) selfie hash and face_match, consecutive ICCIDs.
                     Stealth: days later, replay with 1-2 flipped bits, other
                     carrier the dealer also sells, some extras used.
 simbox_farm         (1,0) GSM-gateway interconnect bypass on fabricated
                     identities.  Blatant: SIMs first used in a few sequential
                     module IMEIs (SIM bank rotation), hundreds of outgoing
                     calls, ~0 incoming, no data.  Stealth: either a shell
                     ORGANIZATION registering "IoT" SIMs at the enterprise desk
                     (looks like an IoT fleet) or consistent fake IDs spread
                     over dealers, IMEI randomising gateways, human-like
                     traffic emulation.  (An organisation is not a "real
                     person", so non_owner=0.)
 otp_farm            (1,1) real people paid to register SIMs (identity rental),
                     live faces, MATCH; SIMs go into USB modem pools that
                     receive OTPs for account sign-ups (high in_sms, nothing
                     else).  Stealth: 1-2 SIMs per rented person over weeks
                     and provinces, randomised modem IMEIs, keep-alive calls.
 ekyc_scam_caller    (1,1) carrier-app eKYC with bought ID images and
                     printed/deep-fake selfies; SIMs used for scam calls
                     (many distinct callees), often locked after reports.
                     Blatant: few devices, 3 numbers per ID, night.  Stealth:
                     one number per ID, many second-hand phones, better fakes
                     (face_match 0.75-0.9), moderated call volumes.
 id_multi_province   (1,1) one leaked ID used by several dealers in distant
                     provinces within days (stealth: neighbouring provinces
                     over months, re-photographed portrait).
 elderly_id_harvest  (1,1) rural dealer harvests IDs of old villagers and
                     registers SIMs for resale (stealth: mixed ages, spread,
                     re-photographed portraits; looks like elderly_assisted).
 sim_swap_takeover   (0,1) a victim's existing number is re-issued on a new
                     SIM to a fraudster using a forged copy of the victim's ID.
                     History row = victim's genuine registration.  The holder
                     is a (criminal) end user, not a sim rac, so junk=0.
 stolen_id_personal  (0,1) someone registers a SIM for personal use on a lost or
                     stolen ID card (low face_match; stealth: lookalike).
Legitimate confounders, all (0,0):
 normal, walkin_genuine, busy_shop, family_one_phone, org_staff_phones,
 iot_fleet, multi_sim_owner, data_backup_sim, name_no_diacritics,
 clerical_typo, student_booth, migrant_workers, tourist_passport,
 elderly_assisted, number_recycled, ownership_transfer, sim_replacement,
 legacy_cmnd, cmnd_collision (two real people sharing a CMND from the
 documented 271450001-271500000 BR-VT / Dong Nai double issue), twins,
 rural_mobile_van, parent_for_child.

How ambiguous cases are read
----------------------------
* JUNK = the registration does not stand for a genuine end user at activation
  (mass/pre-activated stock, fabricated/borrowed/bought/leaked identities,
  farms, OTP resale, scam).  NON_OWNER = registered in the name of a REAL
  PERSON who is not the one holding/using it.  So fabricated identities and
  shell organisations are junk but not non_owner; leaked, rented, harvested
  identities and the dealer's own ID used for resale are both.
* A SIM swap or a stolen card used by a single person for his own phone has a
  genuine (if dishonest) end user: non_owner only.
* A subscriber who knowingly registers SIMs in his own name for dependants
  (parent for child's watch, organisation for staff / devices, family member
  helping relatives who are present and register in their OWN names) is the
  owner in law: clean.  Pre-activated SIMs that a dealer sold and that are now
  used by a buyer remain junk (+non_owner for real identities).
* Rows that are part of a fraud cluster but describe the genuine party (the
  walk-in customer's own SIM, a leak victim's own SIM) are labelled clean with
  their own pattern name (walkin_genuine / normal).
* Label = latest row of the subscription.  ownership_transfer,
  number_recycled, sim_replacement: the latest holder is genuine -> clean.
* Empty usage fields = unknown: carriers GMOBILE, LOCAL and DIGILIFE never
  report usage; nobody reports it for SIMs activated less than 30 days
  before the export date (end of the scenario window), for history rows, nor
  for rows registered before 2023.  Zero is a real 0 (never-used SIM, whose
  first_use_imei is then empty).
* ICCID issuer digits follow the IMSI MNC (01 MobiFone, 02 VinaPhone,
  04 Viettel, 05, 07, 08, 09); ASIM, DIGILIFE, LOCAL and WINTEL (MNC /
  IIN unconfirmed in the fact sheet) export no IMSI/ICCID.  Their MSISDNs are
  drawn from other operators' ranges (prefix says nothing under MNP).
"""

import argparse
import os
import random
import sys
import unicodedata
from bisect import bisect_right
from datetime import date

# ---------------------------------------------------------------------------
# Contract
# ---------------------------------------------------------------------------
HEADER = ['carrier', 'msisdn', 'imsi', 'iccid', 'subscriber_type', 'id_type',
          'id_number', 'full_name', 'date_of_birth', 'gender', 'nationality',
          'province', 'registered_at', 'channel', 'agent_id', 'device_imei',
          'selfie_hash', 'face_match', 'popdb_check', 'status',
          'first_use_imei', 'active_days_30d', 'out_calls_30d',
          'in_calls_30d', 'out_sms_30d', 'in_sms_30d',
          'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']

PATTERNS = {
    # fraud
    'preact_fabricated': (1, 0), 'preact_leaked': (1, 1),
    'dealer_own_id': (1, 1), 'walkin_extra': (1, 1), 'simbox_farm': (1, 0),
    'otp_farm': (1, 1), 'ekyc_scam_caller': (1, 1),
    'id_multi_province': (1, 1), 'elderly_id_harvest': (1, 1),
    'sim_swap_takeover': (0, 1), 'stolen_id_personal': (0, 1),
    # legitimate
    'normal': (0, 0), 'walkin_genuine': (0, 0), 'busy_shop': (0, 0),
    'family_one_phone': (0, 0), 'org_staff_phones': (0, 0),
    'iot_fleet': (0, 0), 'multi_sim_owner': (0, 0),
    'data_backup_sim': (0, 0), 'name_no_diacritics': (0, 0),
    'clerical_typo': (0, 0), 'student_booth': (0, 0),
    'migrant_workers': (0, 0), 'tourist_passport': (0, 0),
    'elderly_assisted': (0, 0), 'number_recycled': (0, 0),
    'ownership_transfer': (0, 0), 'sim_replacement': (0, 0),
    'legacy_cmnd': (0, 0), 'cmnd_collision': (0, 0), 'twins': (0, 0),
    'rural_mobile_van': (0, 0), 'parent_for_child': (0, 0),
}
FRAUD_CATS = ['preact_fabricated', 'preact_leaked', 'dealer_own_id',
              'walkin_extra', 'simbox_farm', 'otp_farm', 'ekyc_scam_caller',
              'id_multi_province', 'elderly_id_harvest', 'sim_swap_takeover',
              'stolen_id_personal']
CONF_CATS = ['busy_shop', 'family_one_phone', 'org_staff_phones', 'iot_fleet',
             'multi_sim_owner', 'data_backup_sim', 'name_no_diacritics',
             'clerical_typo', 'student_booth', 'migrant_workers',
             'tourist_passport', 'elderly_assisted', 'number_recycled',
             'ownership_transfer', 'sim_replacement', 'legacy_cmnd',
             'twins', 'rural_mobile_van', 'parent_for_child']

# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------
_F_DEFAULT = {'preact_fabricated': 10, 'preact_leaked': 12, 'dealer_own_id': 9,
              'walkin_extra': 10, 'simbox_farm': 8, 'otp_farm': 10,
              'ekyc_scam_caller': 10, 'id_multi_province': 7,
              'elderly_id_harvest': 6, 'sim_swap_takeover': 6,
              'stolen_id_personal': 5}
_C_DEFAULT = {'busy_shop': 10, 'family_one_phone': 9, 'org_staff_phones': 7,
              'iot_fleet': 7, 'multi_sim_owner': 8, 'data_backup_sim': 6,
              'name_no_diacritics': 5, 'clerical_typo': 5, 'student_booth': 6,
              'migrant_workers': 6, 'tourist_passport': 5,
              'elderly_assisted': 4, 'number_recycled': 5,
              'ownership_transfer': 4, 'sim_replacement': 5, 'legacy_cmnd': 5,
              'twins': 1.5, 'rural_mobile_van': 3, 'parent_for_child': 4}
_CH_DEFAULT = {'STORE': 0.22, 'AGENT': 0.50, 'EKYC_APP': 0.23, 'ONLINE': 0.05}


def _mix(base, **over):
    d = dict(base)
    d.update(over)
    return d


SCENARIOS = {
    'national_default': dict(
        desc='national mix Jan 2025-Mar 2026, ~6% fraud rows, 30% stealth',
        start=(2025, 1, 1), end=(2026, 3, 31), fraud=0.06, conf=0.30,
        stealth=0.30, fw=_F_DEFAULT, cw=_C_DEFAULT, ch=_CH_DEFAULT,
        region=None, c08=False),
    'low_fraud': dict(
        desc='national mix, ~0.8% fraud rows, 40% stealth',
        start=(2025, 1, 1), end=(2026, 3, 31), fraud=0.008, conf=0.30,
        stealth=0.40, fw=_F_DEFAULT, cw=_C_DEFAULT, ch=_CH_DEFAULT,
        region=None, c08=False),
    'fraud_heavy': dict(
        desc='~25% fraud rows, mostly blatant mass registration / farms',
        start=(2025, 6, 1), end=(2026, 3, 31), fraud=0.25, conf=0.25,
        stealth=0.20,
        fw=_mix(_F_DEFAULT, preact_fabricated=16, preact_leaked=16,
                dealer_own_id=12, simbox_farm=12, otp_farm=14),
        cw=_C_DEFAULT, ch=_CH_DEFAULT, region=None, c08=False),
    'stealth_heavy': dict(
        desc='~8% fraud rows, 85% stealth clusters, ~40% confounders',
        start=(2025, 1, 1), end=(2026, 3, 31), fraud=0.08, conf=0.40,
        stealth=0.85, fw=_F_DEFAULT,
        cw=_mix(_C_DEFAULT, family_one_phone=12, multi_sim_owner=11,
                elderly_assisted=6, iot_fleet=9, clerical_typo=7),
        ch=_CH_DEFAULT, region=None, c08=False),
    'south_dealer_skew': dict(
        desc='south-east/Mekong residents, AGENT ~70%, migrant workers',
        start=(2025, 1, 1), end=(2026, 3, 31), fraud=0.06, conf=0.32,
        stealth=0.35,
        fw=_mix(_F_DEFAULT, walkin_extra=16, dealer_own_id=14,
                preact_leaked=14, ekyc_scam_caller=5, sim_swap_takeover=3),
        cw=_mix(_C_DEFAULT, migrant_workers=16, busy_shop=14,
                rural_mobile_van=0.5, tourist_passport=3),
        ch={'STORE': 0.12, 'AGENT': 0.70, 'EKYC_APP': 0.15, 'ONLINE': 0.03},
        region={'SE': 3.0, 'MK': 2.5, 'CH': 1.0, 'SCC': 0.8, 'NC': 0.35,
                'RRD': 0.3, 'NW': 0.25}, c08=False),
    'post_circular08': dict(
        desc='15 Apr-10 Aug 2026 under Circular 08/2026 (face auth, VNeID locks)',
        start=(2026, 4, 15), end=(2026, 8, 10), fraud=0.05, conf=0.30,
        stealth=0.45,
        fw=_mix(_F_DEFAULT, preact_fabricated=1.5, preact_leaked=6,
                otp_farm=16, ekyc_scam_caller=14, sim_swap_takeover=10,
                id_multi_province=4, elderly_id_harvest=4, dealer_own_id=8),
        cw=_C_DEFAULT,
        ch={'STORE': 0.22, 'AGENT': 0.40, 'EKYC_APP': 0.34, 'ONLINE': 0.04},
        region=None, c08=True),
    'clean_confounders': dict(
        desc='no fraud, ~50% confounders (false-positive probe)',
        start=(2025, 1, 1), end=(2026, 3, 31), fraud=0.0, conf=0.50,
        stealth=0.0, fw=_F_DEFAULT, cw=_C_DEFAULT, ch=_CH_DEFAULT,
        region=None, c08=False),
}

# ---------------------------------------------------------------------------
# Domain tables
# ---------------------------------------------------------------------------
PROV = [
    ('001', 'Hà Nội', 8.25, 'RRD'), ('002', 'Hà Giang', 0.87, 'NW'),
    ('004', 'Cao Bằng', 0.54, 'NW'), ('006', 'Bắc Kạn', 0.32, 'NW'),
    ('008', 'Tuyên Quang', 0.79, 'NW'), ('010', 'Lào Cai', 0.74, 'NW'),
    ('011', 'Điện Biên', 0.61, 'NW'), ('012', 'Lai Châu', 0.47, 'NW'),
    ('014', 'Sơn La', 1.26, 'NW'), ('015', 'Yên Bái', 0.83, 'NW'),
    ('017', 'Hòa Bình', 0.86, 'NW'), ('019', 'Thái Nguyên', 1.31, 'NW'),
    ('020', 'Lạng Sơn', 0.79, 'NW'), ('022', 'Quảng Ninh', 1.34, 'RRD'),
    ('024', 'Bắc Giang', 1.86, 'NW'), ('025', 'Phú Thọ', 1.49, 'NW'),
    ('026', 'Vĩnh Phúc', 1.17, 'RRD'), ('027', 'Bắc Ninh', 1.42, 'RRD'),
    ('030', 'Hải Dương', 1.93, 'RRD'), ('031', 'Hải Phòng', 2.07, 'RRD'),
    ('033', 'Hưng Yên', 1.27, 'RRD'), ('034', 'Thái Bình', 1.87, 'RRD'),
    ('035', 'Hà Nam', 0.87, 'RRD'), ('036', 'Nam Định', 1.78, 'RRD'),
    ('037', 'Ninh Bình', 1.0, 'RRD'), ('038', 'Thanh Hóa', 3.7, 'NC'),
    ('040', 'Nghệ An', 3.4, 'NC'), ('042', 'Hà Tĩnh', 1.3, 'NC'),
    ('044', 'Quảng Bình', 0.9, 'NC'), ('045', 'Quảng Trị', 0.64, 'NC'),
    ('046', 'Thừa Thiên Huế', 1.13, 'NC'), ('048', 'Đà Nẵng', 1.22, 'SCC'),
    ('049', 'Quảng Nam', 1.5, 'SCC'), ('051', 'Quảng Ngãi', 1.24, 'SCC'),
    ('052', 'Bình Định', 1.49, 'SCC'), ('054', 'Phú Yên', 0.88, 'SCC'),
    ('056', 'Khánh Hòa', 1.24, 'SCC'), ('058', 'Ninh Thuận', 0.6, 'SCC'),
    ('060', 'Bình Thuận', 1.24, 'SCC'), ('062', 'Kon Tum', 0.57, 'CH'),
    ('064', 'Gia Lai', 1.57, 'CH'), ('066', 'Đắk Lắk', 1.9, 'CH'),
    ('067', 'Đắk Nông', 0.67, 'CH'), ('068', 'Lâm Đồng', 1.33, 'CH'),
    ('070', 'Bình Phước', 1.02, 'SE'), ('072', 'Tây Ninh', 1.18, 'SE'),
    ('074', 'Bình Dương', 2.76, 'SE'), ('075', 'Đồng Nai', 3.26, 'SE'),
    ('077', 'Bà Rịa–Vũng Tàu', 1.18, 'SE'), ('079', 'TP Hồ Chí Minh', 9.39, 'SE'),
    ('080', 'Long An', 1.73, 'MK'), ('082', 'Tiền Giang', 1.78, 'MK'),
    ('083', 'Bến Tre', 1.3, 'MK'), ('084', 'Trà Vinh', 1.01, 'MK'),
    ('086', 'Vĩnh Long', 1.02, 'MK'), ('087', 'Đồng Tháp', 1.6, 'MK'),
    ('089', 'An Giang', 1.9, 'MK'), ('091', 'Kiên Giang', 1.73, 'MK'),
    ('092', 'Cần Thơ', 1.25, 'MK'), ('093', 'Hậu Giang', 0.73, 'MK'),
    ('094', 'Sóc Trăng', 1.2, 'MK'), ('095', 'Bạc Liêu', 0.92, 'MK'),
    ('096', 'Cà Mau', 1.19, 'MK'),
]
assert len(PROV) == 63
PCODES = [p[0] for p in PROV]
PREGION = {p[0]: p[3] for p in PROV}
NORTH_REG = ('RRD', 'NW', 'NC')
ATTRACTORS = ('001', '079', '074', '075', '027', '048', '092', '031', '019',
              '077', '056', '026', '022')
HMONG_PROV = ('002', '010', '011', '012', '014', '015')
TAY_PROV = ('004', '006', '008', '020', '017', '011', '014')
HIGHLAND_PROV = ('062', '064', '066', '067')
KHMER_PROV = ('094', '084', '089', '091', '095')
MOUNTAIN_VAN = ('002', '004', '010', '011', '012', '014', '062', '064', '006')
INDUSTRIAL = ('074', '075', '027', '019', '031', '024', '072', '080', '033')
AIRPORTS = ('001', '079', '048', '056', '091', '022', '046')
UNIVERSITY = ('001', '079', '048', '046', '092', '019', '040')
# legacy 9-digit CMND issuing prefixes (approximate, for realism only)
CMND_PFX = {'001': '01', '079': '02', '031': '03', '011': '04', '012': '04',
            '014': '05', '010': '06', '015': '06', '002': '07', '008': '07',
            '004': '08', '020': '08', '019': '09', '006': '09', '022': '10',
            '017': '11', '024': '12', '027': '12', '025': '13', '026': '13',
            '030': '14', '033': '14', '034': '15', '035': '16', '036': '16',
            '037': '16', '038': '17', '040': '18', '042': '18', '044': '19',
            '045': '19', '046': '19', '048': '20', '049': '20', '051': '21',
            '052': '21', '054': '22', '056': '22', '062': '23', '064': '23',
            '066': '24', '067': '24', '068': '25', '058': '26', '060': '26',
            '075': '27', '077': '27', '074': '280', '070': '285', '072': '29',
            '080': '30', '082': '31', '083': '32', '084': '33', '086': '33',
            '087': '34', '089': '35', '092': '36', '093': '36', '094': '36',
            '091': '37', '095': '38', '096': '38'}

# carrier: (share, mnc/iin, iccid_len, code2, msisdn prefixes (national
# number start, weight), msisdn style weights (0,84,+84), name-form weights
# (std, upper, ascii, ASCII, oldtone, nfd), reports usage, agent selfie
# capture rate, hex upper, explicit-default prob, utc export)
CARR = [
    ('VIETTEL', 0.535, '04', 20, 'VT',
     [('86', 8), ('96', 14), ('97', 14), ('98', 14), ('32', 7), ('33', 7),
      ('34', 7), ('35', 6), ('36', 6), ('37', 6), ('38', 6), ('39', 6)],
     (0.15, 0.80, 0.05), (0.88, 0.06, 0.02, 0.03, 0.01, 0.0), True, 0.85,
     False, 0.3, False),
    ('VINAPHONE', 0.245, '02', 20, 'VN',
     [('88', 8), ('91', 14), ('94', 14), ('83', 6), ('84', 6), ('85', 6),
      ('81', 6), ('82', 6)],
     (0.90, 0.05, 0.05), (0.80, 0.10, 0.03, 0.05, 0.02, 0.0), True, 0.75,
     False, 0.9, False),
    ('MOBIFONE', 0.18, '01', 19, 'MB',
     [('89', 8), ('90', 14), ('93', 12), ('70', 6), ('79', 6), ('77', 6),
      ('76', 6), ('78', 6)],
     (0.50, 0.50, 0.0), (0.60, 0.30, 0.02, 0.06, 0.02, 0.0), True, 0.70,
     True, 0.6, False),
    ('VIETNAMOBILE', 0.016, '05', 19, 'VM',
     [('92', 10), ('56', 6), ('58', 6), ('52', 3)],
     (0.95, 0.0, 0.05), (0.85, 0.05, 0.05, 0.05, 0.0, 0.0), True, 0.6,
     False, 1.0, True),
    ('GMOBILE', 0.004, '07', 19, 'GM',
     [('993', 2), ('994', 2), ('995', 2), ('996', 2), ('997', 2), ('59', 6)],
     (1.0, 0.0, 0.0), (0.25, 0.05, 0.05, 0.65, 0.0, 0.0), False, 0.5,
     False, 0.0, False),
    ('ITEL', 0.009, '08', 19, 'IT', [('87', 1)],
     (0.70, 0.30, 0.0), (0.80, 0.05, 0.03, 0.02, 0.0, 0.10), True, 0.6,
     False, 0.5, True),
    ('REDDI', 0.003, '09', 19, 'RD', [('55', 1)],
     (0.90, 0.10, 0.0), (0.90, 0.05, 0.05, 0.0, 0.0, 0.0), True, 0.6,
     False, 0.5, False),
    ('ASIM', 0.003, '', 0, 'AS', [('81', 1), ('82', 1)],
     (1.0, 0.0, 0.0), (0.85, 0.10, 0.05, 0.0, 0.0, 0.0), True, 0.6,
     False, 0.5, False),
    ('DIGILIFE', 0.002, '', 0, 'DL', [('83', 1), ('84', 1)],
     (1.0, 0.0, 0.0), (0.85, 0.10, 0.05, 0.0, 0.0, 0.0), False, 0.6,
     False, 0.5, False),
    ('LOCAL', 0.002, '', 0, 'LC', [('89', 1), ('70', 1)],
     (0.8, 0.2, 0.0), (0.85, 0.10, 0.05, 0.0, 0.0, 0.0), False, 0.6,
     False, 0.5, False),
    ('WINTEL', 0.003, '', 0, 'WT', [('55', 1)],
     (1.0, 0.0, 0.0), (0.85, 0.10, 0.05, 0.0, 0.0, 0.0), True, 0.6,
     False, 0.5, False),
]
BIG3 = ('VIETTEL', 'VINAPHONE', 'MOBIFONE')
CAR_TITLE = {'VIETTEL': 'Viettel', 'VINAPHONE': 'Vinaphone',
             'MOBIFONE': 'MobiFone', 'VIETNAMOBILE': 'Vietnamobile',
             'GMOBILE': 'Gmobile', 'ITEL': 'iTel', 'REDDI': 'Reddi',
             'ASIM': 'Asim', 'DIGILIFE': 'Digilife', 'LOCAL': 'Local',
             'WINTEL': 'Wintel'}
REGION_CARRIER_MULT = {
    'NW': {'VIETTEL': 1.35, 'VINAPHONE': 0.9, 'MOBIFONE': 0.55},
    'CH': {'VIETTEL': 1.3, 'MOBIFONE': 0.7},
    'RRD': {'VINAPHONE': 1.2, 'MOBIFONE': 0.8},
    'NC': {'VIETTEL': 1.15, 'VINAPHONE': 1.1, 'MOBIFONE': 0.6},
    'SCC': {'MOBIFONE': 1.25},
    'SE': {'MOBIFONE': 1.35, 'VIETTEL': 0.9, 'VIETNAMOBILE': 1.6},
    'MK': {'MOBIFONE': 1.3, 'VIETTEL': 1.05},
}

D_POPDB = date(2022, 8, 1).toordinal()
D_C08 = date(2026, 4, 15).toordinal()
D_VNEID_LOCK = date(2026, 6, 15).toordinal()
TET = [date(2025, 1, 29).toordinal(), date(2026, 2, 17).toordinal(),
       date(2024, 2, 10).toordinal()]
DAY = 86400

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
SURNAMES = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7),
            ('Hoàng', 3.2), ('Huỳnh', 1.9), ('Phan', 4.5), ('Vũ', 2.6),
            ('Võ', 1.3), ('Đặng', 2.1), ('Bùi', 2), ('Đỗ', 1.4), ('Hồ', 1.3),
            ('Ngô', 1.3), ('Dương', 1), ('Lý', 0.5), ('Đinh', 0.8),
            ('Trịnh', 0.5), ('Mai', 0.5), ('Lương', 0.5), ('Đoàn', 0.6),
            ('Trương', 0.8), ('Lâm', 0.4), ('Cao', 0.4), ('Chu', 0.2),
            ('Tô', 0.2), ('Hà', 0.4), ('La', 0.1), ('Quách', 0.1),
            ('Kiều', 0.1), ('Thái', 0.2), ('Vương', 0.1), ('Châu', 0.2),
            ('Triệu', 0.2), ('Lưu', 0.2), ('Từ', 0.1), ('Tạ', 0.3),
            ('Nghiêm', 0.1), ('Phùng', 0.3), ('Khổng', 0.05), ('Âu', 0.05),
            ('Tăng', 0.1), ('Giang', 0.1), ('Mạc', 0.1), ('Lại', 0.15),
            ('Hứa', 0.1), ('Diệp', 0.05), ('Ông', 0.05), ('Thân', 0.1),
            ('Kim', 0.05), ('Văn', 0.08), ('Doãn', 0.05), ('Ninh', 0.05)]
M_GIVEN = ('Hùng Dũng Tuấn Minh Hải Nam Long Cường Thắng Hoàng Sơn Phong '
           'Quang Trung Huy Khánh Bảo Đức Hiếu Thành Tùng Vinh Tài Phúc Khoa '
           'Đạt Lâm Quân Kiên An Hưng Tiến Thịnh Lợi Nhân Tâm Tú Việt Bình '
           'Hòa Lộc Toàn Nghĩa Trí Hậu Duy Nhật Khôi Đăng Hiển Thuận Thái Tân '
           'Phát Hào Quý Dương Vũ Thiện Sang Tín Vương Cảnh Chiến Công Định '
           'Giang Hiệp Mạnh Ngọc Quyết Thanh Thông Trường Tuyến Thủy Lực '
           'Phước Hạnh Luân Tường Thụy Hoan Khải Lĩnh').split()
F_GIVEN = ('Lan Hương Linh Trang Hoa Mai Hằng Thảo Ngọc Phương Anh Hà Nga '
           'Nhung Thủy Yến Huyền Vy Nhi Trinh Loan Hạnh Dung Tuyết Oanh Quỳnh '
           'Diệp Giang Thư Uyên Hân Ly Châu My Duyên Hiền Liên Hồng Xuân Bích '
           'Vân Chi Nhàn Tâm Khánh Thúy Hòa Thu Lý Đào Huệ Lệ Mơ Nguyệt Phượng '
           'Sen Thắm Thoa Trâm Vui Tươi Thùy Lụa Hoài Kiều Ánh Giao Hảo '
           'Ngân Quyên').split()
M_YOUNG = ['Gia Huy', 'Minh Khôi', 'Bảo Long', 'Đăng Khoa', 'Gia Bảo',
           'Anh Tuấn', 'Minh Quân', 'Tuấn Kiệt', 'Hoàng Nam', 'Phúc An',
           'Minh Khang', 'Đức Anh', 'Quốc Bảo', 'Hải Đăng', 'Nhật Minh',
           'Thiên Phú', 'Trọng Nhân', 'Khánh Duy', 'Gia Khánh', 'Bảo Nam']
F_YOUNG = ['Khánh Linh', 'Bảo Ngọc', 'Ngọc Hân', 'Gia Hân', 'Minh Anh',
           'Phương Thảo', 'Thảo Vy', 'Yến Nhi', 'Khánh Vy', 'Bảo Trâm',
           'Quỳnh Anh', 'Ngọc Diệp', 'Hà My', 'Thanh Trúc', 'Mai Anh',
           'Diệu Linh', 'Tường Vy', 'Thùy Dương', 'Bảo Anh', 'Ngọc Ánh']
M_MID_OLD = [('Văn', 80), ('Đức', 5), ('Hữu', 4), ('Xuân', 3), ('Đình', 4),
             ('Công', 3), ('Ngọc', 2), ('Quang', 3), ('Minh', 3),
             ('Thanh', 3), ('Bá', 1), ('Trọng', 2)]
M_MID_YOUNG = [('Văn', 30), ('Minh', 8), ('Đức', 7), ('Quốc', 6),
               ('Hoàng', 5), ('Gia', 3), ('Tuấn', 3), ('Anh', 3),
               ('Thành', 4), ('Trung', 3), ('Hữu', 4), ('Duy', 3),
               ('Nhật', 3), ('Đăng', 2), ('Bảo', 2), ('Công', 3)]
F_MID_OLD = [('Thị', 85), ('Ngọc', 4), ('Thanh', 3), ('Kim', 3), ('Thu', 3),
             ('Hồng', 2)]
F_MID_YOUNG = [('Thị', 35), ('Ngọc', 8), ('Thu', 6), ('Thanh', 6),
               ('Minh', 4), ('Phương', 4), ('Hồng', 3), ('Khánh', 3),
               ('Bảo', 3), ('Diệu', 2), ('Quỳnh', 2), ('Mai', 3), ('Kim', 3),
               ('Hải', 2), ('Thùy', 3)]
HMONG_SUR = ['Giàng', 'Vàng', 'Sùng', 'Thào', 'Lý', 'Mùa', 'Hờ', 'Lầu', 'Cứ',
             'Sình', 'Tráng', 'Hạng']
HMONG_M = ['Páo', 'Dình', 'Chứ', 'Sử', 'Tủa', 'Lử', 'Pó', 'Chá', 'Dế', 'Chư',
           'Sính', 'Khua', 'Vảng', 'Chinh', 'Nhà']
HMONG_F = ['Mỷ', 'Dua', 'Sú', 'Mai', 'Chở', 'Xá', 'Súa', 'Dợ', 'Pà', 'Máy',
           'Chu', 'Mỉ', 'Sua', 'Di']
TAY_SUR = ['Nông', 'Hoàng', 'Lục', 'Triệu', 'Đàm', 'Lò', 'Cầm', 'Quàng',
           'Lường', 'Hà', 'Vi', 'Lăng', 'Ma', 'Bế', 'Lộc', 'Hứa']
EDE_CLAN = ['Niê', 'Êban', 'Ksơr', 'Adrơng', 'Mlô', 'Byă', 'Rơ Mah', 'Siu',
            'Nay', 'Rah Lan', 'Kpă', 'Hđơk']
EDE_GIVEN = ['Bhăm', 'Nhi', 'Blơm', 'Hloan', 'Blúp', 'Nhá', 'Dớt', 'Linh',
             'Bia', 'Juen', 'Thuôl', 'Mjú', 'Krông', 'Dhin', 'Tơn', 'Mla']
KHMER_SUR = ['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm', 'Chau', 'Thạch', 'Sơn']
KHMER_GIVEN = ['Sô Phanh', 'Chanh Đa', 'Sa Rươne', 'Sóc', 'Phol', 'Mây',
               'Sa Quel', 'Thươl', 'Rết', 'Chăn Thu', 'Sà Phoan', 'Pha Ly',
               'Sóc Khum', 'Na Ri', 'Ý', 'Kha', 'Phươl', 'Sa Ly']
OLDTONE = {'Hòa': 'Hoà', 'Thủy': 'Thuỷ', 'Thúy': 'Thuý', 'Thùy': 'Thuỳ',
           'Hóa': 'Hoá', 'Tùy': 'Tuỳ', 'Thụy': 'Thuỵ', 'Hỏa': 'Hoả',
           'Khỏe': 'Khoẻ', 'Hòe': 'Hoè', 'Lũy': 'Luỹ', 'Khóa': 'Khoá'}
TYPO_NAME = {'ư': 'u', 'ơ': 'o', 'ễ': 'ê', 'ị': 'i', 'ạ': 'a', 'ă': 'a',
             'ả': 'ã', 'ỹ': 'ý', 'ỷ': 'ỹ', 'ờ': 'ở', 'ấ': 'ầ', 'ồ': 'ổ'}

FOREIGN = {
    # nat: (weight, surnames, given names, passport format, order)
    'KR': (30, 'KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN',
           'MIN JUN|SEO YEON|JI HOON|HYUN WOO|JI WON|SU BIN|DONG HYUN|YE JIN|'
           'SUNG MIN|HAE WON|JAE HO|EUN JI', 'M8', 'SG'),
    'CN': (22, 'WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN',
           'WEI|FANG|NA|MIN|JING|LEI|QIANG|JUN|YAN|HAO|XIAOMING|JIAHUI|ZIHAN',
           'E8', 'SG'),
    'US': (8, 'SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS WILSON '
           'TAYLOR ANDERSON NGUYEN TRAN',
           'JOHN|MICHAEL|DAVID|JAMES|ROBERT|EMMA|OLIVIA|SOPHIA|EMILY|SARAH|'
           'DANIEL|KEVIN', 'D9', 'GS'),
    'JP': (6, 'SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA',
           'HIROSHI|YUKI|KENJI|AYAKA|TAKUMI|HARUKA|SHO|MAI|RIKU', 'L2D7', 'SG'),
    'TW': (6, 'CHEN LIN HUANG CHANG LI WANG WU LIU TSAI',
           'CHIA-HAO|YU-TING|CHIH-WEI|HSIN-YI|YI-CHEN|CHENG-EN', 'D9', 'SG'),
    'AU': (4, 'SMITH JONES WILLIAMS BROWN WILSON TAYLOR WHITE MARTIN',
           'JACK|OLIVER|CHARLOTTE|AMELIA|NOAH|MIA|LIAM|ISLA', 'PA7', 'GS'),
    'RU': (3, 'IVANOV SMIRNOV KUZNETSOV POPOV SOKOLOV PETROV VOLKOV',
           'ALEXANDER|DMITRY|SERGEI|ANNA|ELENA|OLGA|NATALIA|IVAN', 'D9', 'SG'),
    'TH': (3, 'SRISUK WONGSA CHAIYAPORN SUKSAWAT RATTANA BOONMA',
           'SOMCHAI|NATTAYA|ANAN|SIRIPORN|KITTI|PIMCHANOK', 'AA7', 'GS'),
    'IN': (3, 'SHARMA PATEL KUMAR SINGH GUPTA REDDY',
           'RAHUL|PRIYA|AMIT|ANJALI|VIKRAM|NEHA|ARJUN', 'L1D7', 'GS'),
    'MY': (3, 'TAN LIM LEE WONG AHMAD ISMAIL',
           'WEI MING|JIA HUI|MUHAMMAD HAFIZ|NUR AISYAH|KAH WAI', 'A8', 'GS'),
    'SG': (2, 'TAN LIM NG ONG GOH TEO', 'WEI JIE|HUI MIN|JUN HAO|XIN YI',
           'E7L', 'SG'),
    'FR': (2, 'MARTIN BERNARD DUBOIS THOMAS ROBERT PETIT',
           'LUCAS|LEA|CHLOE|HUGO|MANON|LOUIS', 'D2L2D5', 'GS'),
    'DE': (2, 'MULLER SCHMIDT SCHNEIDER FISCHER WEBER MEYER',
           'LUKAS|LENA|FELIX|HANNAH|JONAS|LAURA', 'C8', 'GS'),
    'GB': (2, 'SMITH JONES TAYLOR BROWN WILLIAMS DAVIES EVANS',
           'HARRY|GEORGE|OLIVIA|AMELIA|JACK|EMILY', 'D9', 'GS'),
    'PH': (1, 'SANTOS REYES CRUZ BAUTISTA GARCIA',
           'MARIA|JUAN|JOSE|ANGELICA|MARK', 'P7L', 'GS'),
}

ORG_FORM = [('Công ty TNHH', 30), ('Công ty Cổ phần', 20),
            ('Công ty TNHH MTV', 12), ('Công ty CP', 10),
            ('Chi nhánh Công ty TNHH', 6), ('Hợp tác xã', 3),
            ('Doanh nghiệp tư nhân', 3), ('Tổng Công ty', 2)]
ORG_SECTOR = ['Vận tải', 'Thương mại Dịch vụ', 'Xây dựng', 'Công nghệ',
              'Logistics', 'Đầu tư', 'May mặc', 'Điện tử', 'Giao nhận',
              'Bất động sản', 'Thực phẩm', 'Du lịch', 'Dược phẩm',
              'Cơ khí', 'Viễn thông', 'Bảo vệ', 'Thiết bị Điện', 'Nông sản']
IOT_SECTOR = ['Giải pháp IoT', 'Thiết bị Giám sát Hành trình', 'Công nghệ Số',
              'Đo đếm Điện năng', 'Camera An ninh', 'Thanh toán Điện tử',
              'Định vị', 'Truyền dữ liệu', 'Hệ thống Thông minh']
ORG_NAME = ['Hoàng Long', 'Sao Việt', 'Phương Nam', 'Bình Minh', 'An Phát',
            'Thành Công', 'Đại Dương', 'Trường Thịnh', 'Minh Anh', 'Việt Á',
            'Hòa Bình', 'Kim Ngân', 'Tân Phú', 'Đông Á', 'Hưng Thịnh',
            'Nam Việt', 'Phú Quý', 'Sông Hồng', 'Mê Kông', 'Thiên Long',
            'Bắc Đẩu', 'Ánh Dương', 'Vạn Xuân', 'Lạc Hồng', 'Hải Âu',
            'Trí Việt', 'Tín Nghĩa', 'Phúc Lộc', 'Hồng Hà', 'Đất Việt']
ORG_TAX_PFX = {'001': '01', '079': '03', '031': '02', '048': '04',
               '074': '37', '075': '36', '027': '23', '092': '18',
               '056': '42', '022': '57', '019': '46', '038': '28',
               '040': '29'}

# time-of-day profiles (hourly weights)
TOD = {
    'shop': [0, 0, 0, 0, 0, 0, 0, 0.3, 2, 4, 5, 4.5, 2.5, 2, 3, 3.5, 4, 5,
             5.5, 5, 3.5, 1.2, 0, 0],
    'app': [0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.8, 1.5, 2.5, 3, 3, 3, 3, 2.7,
            2.7, 3, 3, 3.2, 3.6, 4.5, 5.2, 5, 3.5, 1.8],
    'night': [3, 2.5, 1.5, 0.6, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
              0, 0, 0, 0.2, 2, 3],
    'office': [0, 0, 0, 0, 0, 0, 0, 0.5, 4, 5, 5, 4, 1.5, 2, 4, 4.5, 4, 1,
               0, 0, 0, 0, 0, 0],
    'late': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4,
             3, 0, 0],
}
AGES = [((14, 17), 5), ((18, 24), 22), ((25, 34), 27), ((35, 44), 19),
        ((45, 54), 12), ((55, 64), 8), ((65, 74), 5), ((75, 92), 2)]
TOPUP_CARDS = [(10000, 15), (20000, 25), (50000, 30), (100000, 20),
               (200000, 7), (500000, 3)]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
class WC(object):
    """weighted choice over a fixed list (cumulative weights + bisect)."""
    __slots__ = ('items', 'cum', 'tot', 'n')

    def __init__(self, pairs):
        self.items = []
        self.cum = []
        c = 0.0
        for it, w in pairs:
            if w <= 0:
                continue
            c += w
            self.items.append(it)
            self.cum.append(c)
        self.tot = c
        self.n = len(self.items) - 1

    def pick(self, rnd):
        i = bisect_right(self.cum, rnd() * self.tot)
        return self.items[i if i <= self.n else self.n]


def luhn_digit(body):
    tot = 0
    dbl = True
    for i in range(len(body) - 1, -1, -1):
        d = ord(body[i]) - 48
        if dbl:
            d += d
            if d > 9:
                d -= 9
        tot += d
        dbl = not dbl
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


_ASCII_CACHE = {}


def strip_dia(s):
    r = _ASCII_CACHE.get(s)
    if r is None:
        t = s.replace('đ', 'd').replace('Đ', 'D')
        r = ''.join(ch for ch in unicodedata.normalize('NFD', t)
                    if unicodedata.category(ch) != 'Mn')
        if len(_ASCII_CACHE) < 200000:
            _ASCII_CACHE[s] = r
    return r


def oldtone(s):
    parts = s.split(' ')
    return ' '.join(OLDTONE.get(w, w) for w in parts)


def qcsv(s):
    if '"' in s or ',' in s or '\n' in s or '\r' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


_DAYSTR = {}


def daystr(o):
    s = _DAYSTR.get(o)
    if s is None:
        s = date.fromordinal(o).isoformat()
        _DAYSTR[o] = s
    return s


def ts_str(ts, utc):
    if utc:
        ts -= 25200
    d, s = divmod(ts, DAY)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return '%sT%02d:%02d:%02d%s' % (daystr(d), h, m, s,
                                    '+00:00' if utc else '+07:00')


class P(object):
    """a person (real or fabricated)."""
    __slots__ = ('name', 'g', 'dob', 'yob', 'idt', 'idn', 'bp', 'rp', 'face',
                 'phone', 'nat', 'sur')


class Pt(object):
    """a point of sale (carrier store, dealer, or carrier mobile point)."""
    __slots__ = ('c', 'code', 'kind', 'prov', 'devs', 'idx', 'box')


# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------
class Gen(object):

    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.scn = SCENARIOS[scenario]
        self.R = R = random.Random('indep8|%d|%s|%s' % (rows, seed, scenario))
        self.rnd = R.random
        self.L = R.lognormvariate
        sc = self.scn
        self.start = date(*sc['start']).toordinal()
        self.end = date(*sc['end']).toordinal()
        self.export_ts = self.end * DAY + 86399
        self.c08 = sc['c08']
        self.stealth = sc['stealth']
        self.lines = []
        self.labels = []
        self.left = 0
        self.stats = {}
        self.used_msisdn = set()
        self.used_ids = set()
        self.used_imsi = set()
        self.pools = {}
        self._build_tables()

    # ----- tables that depend on the RNG / scenario -----
    def _build_tables(self):
        rnd = self.rnd
        R = self.R
        sc = self.scn
        self.CAR = {}
        for row in CARR:
            (c, share, mnc, iclen, cc, pfx, sty, nf, usage, cap, hexu, expl,
             utc) = row
            self.CAR[c] = dict(share=share, mnc=mnc, iclen=iclen, cc=cc,
                               pfx=WC(pfx), sty=WC(list(zip(('0', '84', '+84'),
                                                            sty))),
                               nf=WC(list(zip(range(6), nf))), usage=usage,
                               cap=cap, hexu=hexu, expl=expl, utc=utc)
        self.CNAMES = [r[0] for r in CARR]
        # carriers per region
        self.CAR_BY_REG = {}
        for reg in ('NW', 'RRD', 'NC', 'SCC', 'CH', 'SE', 'MK'):
            mult = REGION_CARRIER_MULT.get(reg, {})
            self.CAR_BY_REG[reg] = WC([(c, self.CAR[c]['share'] *
                                        mult.get(c, 1.0))
                                       for c in self.CNAMES])
        self.BIG3W = WC([('VIETTEL', 54), ('VINAPHONE', 25), ('MOBIFONE', 19)])
        regm = sc['region'] or {}
        self.POPW = {p[0]: p[2] for p in PROV}
        self.RES = WC([(p[0], p[2] * regm.get(p[3], 1.0)) for p in PROV])
        self.BIRTH_ALL = WC([(p[0], p[2]) for p in PROV])
        self.BIRTH_N = WC([(p[0], p[2] * (1.6 if p[3] in ('NC', 'NW') else 1))
                           for p in PROV if p[3] in NORTH_REG])
        self.BIRTH_S = WC([(p[0], p[2] * (1.5 if p[3] in ('MK', 'NC') else 1))
                           for p in PROV if p[3] not in ('RRD', 'NW')])
        self.SENDING = WC([(p[0], p[2] * (2.0 if p[3] in ('NC', 'MK') else
                                          1.2 if p[3] in ('NW', 'CH') else
                                          0.4))
                           for p in PROV])
        self.BY_REG = {}
        for reg in ('NW', 'RRD', 'NC', 'SCC', 'CH', 'SE', 'MK'):
            self.BY_REG[reg] = WC([(p[0], p[2]) for p in PROV if p[3] == reg])
        self.AGE = WC(AGES)
        self.SUR = WC(SURNAMES)
        self.MMO = WC(M_MID_OLD)
        self.MMY = WC(M_MID_YOUNG)
        self.FMO = WC(F_MID_OLD)
        self.FMY = WC(F_MID_YOUNG)
        self.CH = WC(list(sc['ch'].items()))
        self.CARDS = WC(TOPUP_CARDS)
        self.NOISE = WC([(0, 8), (1, 24), (2, 30), (3, 22), (4, 16)])
        self.TODW = {k: WC(list(zip(range(24), v))) for k, v in TOD.items()}
        self.FOREIGN = WC([(k, v[0]) for k, v in FOREIGN.items()])
        self.ORGF = WC(ORG_FORM)
        # TAC pools (Zipf popularity)
        self.TAC_PHONE = self._tacs(320, ('35', '35', '86', '86', '86', '01'),
                                    1.05)
        self.TAC_FEAT = self._tacs(25, ('35', '86'), 0.9)
        self.TAC_TAB = self._tacs(18, ('35', '86'), 0.8)
        self.TAC_ROUTER = self._tacs(15, ('86',), 0.8)
        self.TAC_MODULE = self._tacs(8, ('86', '35'), 0.7)
        self.TAC_WATCH = self._tacs(8, ('86',), 0.7)
        self.TAC_USB = self._tacs(6, ('86',), 0.5)
        # days of the window with weekend / post-Tet weights
        dw = []
        for o in range(self.start, self.end + 1):
            w = 1.0 + 0.3 * (date.fromordinal(o).weekday() >= 5)
            for t in TET:
                if 0 <= o - t <= 4:
                    w *= 0.25
                elif 6 <= o - t <= 21:
                    w *= 1.8
                elif -12 <= o - t < 0:
                    w *= 1.3
            w *= 0.8 + 0.4 * rnd()
            dw.append((o, w))
        self.DAYS = WC(dw)
        # population-DB outage days per carrier (popdb UNCHECKED that day)
        self.outage = {}
        for c in self.CNAMES:
            s = set()
            ndays = self.end - self.start + 1
            k = max(1, int(ndays * (0.012 + 0.02 * rnd())))
            for _ in range(k):
                s.add(self.start + int(rnd() * ndays))
            self.outage[c] = s
        self.outage_list = {c: sorted(self.outage[c]) for c in self.CNAMES}
        # expected registrations per (carrier, province) -> point counts
        totw = sum(p[2] for p in PROV)
        self.prov_share = {p[0]: p[2] / totw for p in PROV}

    def _tacs(self, n, heads, zipf):
        rnd = self.rnd
        items = []
        seen = set()
        while len(items) < n:
            t = self.R.choice(heads) + '%06d' % int(rnd() * 1e6)
            if t in seen:
                continue
            seen.add(t)
            items.append((t, 1.0 / (len(items) + 1) ** zipf))
        return WC(items)

    # ----- identifiers -----
    def imei(self, tacwc=None, tac=None, serial=None):
        if tac is None:
            tac = (tacwc or self.TAC_PHONE).pick(self.rnd)
        if serial is None:
            serial = int(self.rnd() * 1e6)
        b = '%s%06d' % (tac, serial % 1000000)
        return b + luhn_digit(b)

    def imei_run(self, tacwc, n):
        tac = tacwc.pick(self.rnd)
        s0 = int(self.rnd() * 900000)
        return [self.imei(tac=tac, serial=s0 + i) for i in range(n)]

    def _iccid(self, c, body):
        cd = self.CAR[c]
        nb = cd['iclen'] - 7
        b = '8984' + cd['mnc'] + ('%0' + str(nb) + 'd') % body
        return b + luhn_digit(b)

    def sim_seq(self, c, n):
        """n consecutive SIMs (same box): ICCID and IMSI runs."""
        cd = self.CAR[c]
        if not cd['mnc']:
            return [('', '')] * n
        nb = cd['iclen'] - 7
        ib = int(self.rnd() * (10 ** nb - n - 1))
        ms = int(self.rnd() * (1e10 - n - 1))
        out = []
        used = self.used_imsi
        for i in range(n):
            imsi = '452%s%010d' % (cd['mnc'], ms + i)
            while imsi in used:
                imsi = '452%s%010d' % (cd['mnc'], int(self.rnd() * 1e10))
            used.add(imsi)
            out.append((imsi, self._iccid(c, ib + i)))
        return out

    def sim_one(self, c):
        return self.sim_seq(c, 1)[0]

    def sim_at(self, pt, c):
        """SIM from the point's current box (consecutive stock)."""
        if pt is None or pt.c != c:
            return self.sim_one(c)
        b = pt.box
        if b is None or b[1] <= 0 or self.rnd() < 0.04:
            b = pt.box = [self.sim_seq(c, 40 + int(self.rnd() * 60)), 0]
            b[1] = len(b[0])
        b[1] -= 1
        return b[0][b[1]]

    def msisdn(self, c, port=0.03):
        rnd = self.rnd
        if rnd() < port:
            c = self.BIG3W.pick(rnd)      # number ported in from another range
        pfx = self.CAR[c]['pfx'].pick(rnd)
        k = 9 - len(pfx)
        base = int(pfx) * 10 ** k
        span = 10 ** k
        used = self.used_msisdn
        while True:
            n = base + int(rnd() * span)
            if n not in used:
                used.add(n)
                return n

    def msisdn_block(self, c, n):
        """n consecutive numbers (vanity / corporate / pre-activated)."""
        rnd = self.rnd
        pfx = self.CAR[c]['pfx'].pick(rnd)
        k = 9 - len(pfx)
        span = 10 ** k
        base = int(pfx) * span + int(rnd() * (span - n - 1))
        used = self.used_msisdn
        out = []
        for i in range(n):
            x = base + i
            if x in used:
                x = self.msisdn(c, 0)
            else:
                used.add(x)
            out.append(x)
        return out

    def style(self, c):
        return self.CAR[c]['sty'].pick(self.rnd)

    # ----- people -----
    def vn_name(self, g, yob, prov, sur=None, eth=None):
        rnd = self.rnd
        R = self.R
        if eth is None:
            eth = ''
            if prov in HMONG_PROV and rnd() < 0.45:
                eth = 'hmong'
            elif prov in TAY_PROV and rnd() < 0.4:
                eth = 'tay'
            elif prov in HIGHLAND_PROV and rnd() < 0.25:
                eth = 'ede'
            elif prov in KHMER_PROV and rnd() < 0.25:
                eth = 'khmer'
        if eth == 'hmong':
            s = sur or R.choice(HMONG_SUR)
            return '%s %s %s' % (s, 'A' if g == 'M' else 'Thị',
                                 R.choice(HMONG_M if g == 'M' else HMONG_F)), s
        if eth == 'ede':
            clan = R.choice(EDE_CLAN)
            if rnd() < 0.5:
                return '%s %s %s' % ('Y' if g == 'M' else "H'",
                                     R.choice(EDE_GIVEN), clan), clan
            return '%s %s%s' % (clan, 'Y ' if g == 'M' else "H'",
                                R.choice(EDE_GIVEN)), clan
        if eth == 'khmer':
            s = sur or R.choice(KHMER_SUR)
            mid = 'Thị ' if g == 'F' and rnd() < 0.6 else ''
            return '%s %s%s' % (s, mid, R.choice(KHMER_GIVEN)), s
        if sur is None:
            if eth == 'tay':
                sur = R.choice(TAY_SUR)
            else:
                sur = self.SUR.pick(rnd)
                if PREGION.get(prov) in ('SE', 'MK', 'SCC') and rnd() < 0.6:
                    sur = {'Hoàng': 'Huỳnh', 'Vũ': 'Võ'}.get(sur, sur)
        young = yob >= 1992
        if g == 'M':
            if young and rnd() < 0.3:
                return '%s %s' % (sur, R.choice(M_YOUNG)), sur
            mid = (self.MMY if young else self.MMO).pick(rnd)
            given = R.choice(M_GIVEN)
        else:
            if young and rnd() < 0.35:
                return '%s %s' % (sur, R.choice(F_YOUNG)), sur
            mid = (self.FMY if young else self.FMO).pick(rnd)
            given = R.choice(F_GIVEN)
        if given == mid:
            given = R.choice(M_GIVEN if g == 'M' else F_GIVEN)
        return '%s %s %s' % (sur, mid, given), sur

    def cccd(self, bp, g, yob):
        gd = (yob // 100 - 19) * 2 + (1 if g == 'F' else 0)
        used = self.used_ids
        while True:
            s = '%s%d%02d%06d' % (bp, gd, yob % 100, int(self.rnd() * 1e6))
            if s not in used:
                used.add(s)
                return s

    def cmnd9(self, prov):
        pfx = CMND_PFX.get(prov, '0' + str(1 + int(self.rnd() * 9)))
        used = self.used_ids
        while True:
            s = pfx + '%0*d' % (9 - len(pfx), int(self.rnd() * 10 ** (9 - len(pfx))))
            if s not in used:
                used.add(s)
                return s

    def cmnd12(self):
        used = self.used_ids
        while True:
            s = '0%02d%09d' % (int(self.rnd() * 97), int(self.rnd() * 1e9))
            if s not in used:
                used.add(s)
                return s

    def birth_prov(self, rp, age):
        rnd = self.rnd
        if rp in ATTRACTORS and age >= 18 and rnd() < 0.45:
            if PREGION[rp] in NORTH_REG:
                return self.BIRTH_N.pick(rnd)
            return self.BIRTH_S.pick(rnd)
        if rnd() < 0.07:
            if rnd() < 0.6:
                return self.BY_REG[PREGION[rp]].pick(rnd)
            return self.BIRTH_ALL.pick(rnd)
        return rp

    def person(self, rp=None, age=None, g=None, bp=None, sur=None, eth=None,
               idt='CCCD', phone_tacs=None):
        rnd = self.rnd
        p = P()
        if rp is None:
            rp = self.RES.pick(rnd)
        if age is None:
            lo, hi = self.AGE.pick(rnd)
        else:
            lo, hi = age
        a = lo + int(rnd() * (hi - lo + 1))
        if g is None:
            g = 'M' if rnd() < 0.52 else 'F'
        if bp is None:
            bp = self.birth_prov(rp, a)
        o = self.end - int((a + rnd()) * 365.2425)
        d = date.fromordinal(o)
        if (d.year < 1965 or eth in ('hmong', 'ede')) and rnd() < 0.12:
            o = date(d.year, 1, 1).toordinal()
        p.dob = o
        p.yob = d.year
        p.g = g
        p.bp = bp
        p.rp = rp
        p.name, p.sur = self.vn_name(g, d.year, bp, sur, eth)
        p.idt = idt
        if idt == 'CCCD':
            p.idn = self.cccd(bp, g, d.year)
        elif idt == 'CMND':
            p.idn = self.cmnd9(rp) if rnd() < 0.9 else self.cmnd12()
        else:
            p.idn = ''
        p.face = self.R.getrandbits(64)
        if phone_tacs is None:
            phone_tacs = self.TAC_FEAT if (a >= 68 and rnd() < 0.6) else self.TAC_PHONE
        p.phone = self.imei(phone_tacs)
        p.nat = 'VN'
        return p

    def fake_person(self, sloppy, rp):
        """fabricated identity (no such person)."""
        rnd = self.rnd
        if sloppy:
            bp = self.R.choice(PCODES) if rnd() < 0.8 else \
                self.R.choice(('003', '005', '009', '013', '018', '021', '099',
                               '063', '071', '097'))
            p = self.person(rp=rp, age=(16, 80), bp=bp if bp in PREGION else rp)
            p.bp = bp
            gd = (p.yob // 100 - 19) * 2 + (1 if p.g == 'F' else 0)
            yy = p.yob % 100
            r = rnd()
            if r < 0.25:
                gd ^= 1                       # gender digit flipped
            elif r < 0.42:
                yy = (yy + 1 + int(rnd() * 9)) % 100   # year digits off
            p.idn = '%s%d%02d%06d' % (bp, gd, yy, int(rnd() * 1e6))
        else:
            p = self.person(rp=rp, age=(19, 60), bp=rp if rnd() < 0.6 else None)
        return p

    def flip(self, face, k):
        rnd = self.rnd
        for _ in range(k):
            face ^= 1 << int(rnd() * 64)
        return face

    def hexf(self, c, face):
        s = '%016x' % face
        return s.upper() if self.CAR[c]['hexu'] else s

    # ----- time -----
    def tod(self, kind):
        h = self.TODW[kind].pick(self.rnd)
        return h * 3600 + int(self.rnd() * 3600)

    def ts_window(self, kind='shop'):
        return self.DAYS.pick(self.rnd) * DAY + self.tod(kind)

    def ts_days(self, d0, d1, kind='shop'):
        d0 = max(self.start, min(self.end, d0))
        d1 = max(d0, min(self.end, d1))
        return (d0 + int(self.rnd() * (d1 - d0 + 1))) * DAY + self.tod(kind)

    def day_window(self):
        return self.DAYS.pick(self.rnd)

    def ts_hist(self, y0, y1, kind='shop'):
        o0 = date(y0, 1, 1).toordinal()
        o1 = min(date(y1, 12, 31).toordinal(), self.start - 1)
        if o1 < o0:
            o0 = o1 - 30
        return (o0 + int(self.rnd() * (o1 - o0 + 1))) * DAY + self.tod(kind)

    def ch_tod(self, ch):
        return 'app' if ch in ('EKYC_APP', 'ONLINE') else 'shop'

    # ----- points of sale -----
    def pool(self, c, prov, kind):
        key = (c, prov, kind)
        pl = self.pools.get(key)
        if pl is None:
            rnd = self.rnd
            exp = self.N * self.prov_share[prov] * self.CAR[c]['share']
            if kind == 'A':
                n = max(1, int(round(exp * 0.5 / 45)))
                if c not in BIG3:
                    n = max(1, int(round(n * 0.5)))
            elif kind == 'S':
                if c in BIG3:
                    n = max(1, int(round(exp * 0.22 / 350)))
                elif prov in ('001', '079') or c == 'VIETNAMOBILE':
                    n = 1
                else:
                    n = 0
            else:
                n = 2 + int(rnd() * 3)
            pts = []
            for i in range(n):
                pt = Pt()
                pt.c = c
                pt.kind = kind
                pt.prov = prov
                pt.idx = i
                pt.code = '%s%s%s%04d' % (self.CAR[c]['cc'], kind, prov,
                                          1 + i * 7 + int(rnd() * 7))
                if kind == 'A':
                    k = 1 + (rnd() < 0.4) + (rnd() < 0.1)
                    pt.devs = [self.imei(self.TAC_PHONE if rnd() < 0.7 else
                                         self.TAC_TAB) for _ in range(k)]
                else:
                    k = 2 + int(rnd() * 5)
                    pt.devs = [self.imei(self.TAC_TAB) for _ in range(k)]
                pt.box = None
                pts.append((pt, min(300.0, self.R.paretovariate(1.15))))
            pl = self.pools[key] = (WC(pts) if pts else None,
                                    [x[0] for x in pts])
        return pl

    def point(self, c, prov, kind, weighted=True):
        wc, lst = self.pool(c, prov, kind)
        if wc is None:
            return None
        if weighted:
            return wc.pick(self.rnd)
        return lst[int(self.rnd() * len(lst))]

    def sister(self, pt, c2):
        """the same multi-brand dealer's code at another carrier."""
        wc, lst = self.pool(c2, pt.prov, pt.kind)
        if not lst:
            return None
        return lst[pt.idx % len(lst)]

    def carrier_for(self, prov):
        return self.CAR_BY_REG[PREGION[prov]].pick(self.rnd)

    def channel_point(self, c, prov, ch=None):
        rnd = self.rnd
        if ch is None:
            ch = self.CH.pick(rnd)
        if ch in ('EKYC_APP', 'ONLINE'):
            return ch, None
        if rnd() < 0.08:
            prov = self.RES.pick(rnd)
        if ch == 'STORE':
            pt = self.point(c, prov, 'S')
            if pt is not None:
                return ch, pt
            ch = 'AGENT'
        return ch, self.point(c, prov, 'A')

    # ----- capture / checks -----
    def capture(self, c, ch, ts, face, fm_mu=0.9, fm_sd=0.05, noise=None,
                force=False, subtype_org=False):
        """(selfie_hash, face_match) strings for a capture of `face`."""
        rnd = self.rnd
        if face is None:
            return '', ''
        if not force:
            if ts >= D_C08 * DAY and not subtype_org:
                pass
            elif ts < date(2023, 1, 1).toordinal() * DAY:
                if rnd() > 0.08:
                    return '', ''
            else:
                if ch == 'AGENT':
                    rate = self.CAR[c]['cap']
                elif ch == 'STORE':
                    rate = 0.96
                elif ch == 'EKYC_APP':
                    rate = 1.0
                else:
                    rate = 0.9
                if subtype_org:
                    rate *= 0.5
                if rnd() > rate:
                    return '', ''
        k = self.NOISE.pick(rnd) if noise is None else noise
        f = self.flip(face, k)
        if fm_mu >= 0.85 and rnd() < 0.045:
            # genuine but poor match: ID photo taken at 14, glasses, backlight
            fm_mu, fm_sd = 0.6, 0.1
        fm = self.R.gauss(fm_mu, fm_sd)
        fm = 0.05 if fm < 0.05 else 0.995 if fm > 0.995 else fm
        return self.hexf(c, f), '%.3f' % fm

    def popdb(self, c, ts, kind='real'):
        """kind: real / fake / foreign / org."""
        rnd = self.rnd
        d = ts // DAY
        if ts < D_POPDB * DAY:
            return '' if rnd() < 0.4 else 'UNCHECKED'
        if kind == 'org':
            return '' if rnd() < 0.5 else 'UNCHECKED'
        if kind == 'foreign':
            return 'UNCHECKED' if rnd() < 0.78 else 'NOT_FOUND'
        if d in self.outage[c] and d < D_C08:
            return 'UNCHECKED'
        if kind == 'fake':
            r = rnd()
            return 'NOT_FOUND' if r < 0.55 else 'MISMATCH' if r < 0.8 else \
                'UNCHECKED'
        if kind == 'typo':
            return 'MISMATCH' if rnd() < 0.85 else 'UNCHECKED'
        if rnd() < 0.004:
            return 'UNCHECKED'
        return 'MATCH'

    def outage_day(self, c, near=None):
        lst = self.outage_list[c]
        if not lst:
            return None
        if near is not None:
            cands = [d for d in lst if abs(d - near) <= 45]
            if cands:
                return cands[int(self.rnd() * len(cands))]
        return lst[int(self.rnd() * len(lst))]

    # ----- usage -----
    def topup(self, mean_cards=1.6):
        rnd = self.rnd
        n = 0
        while rnd() < mean_cards / (mean_cards + 1.0) and n < 8:
            n += 1
        return sum(self.CARDS.pick(rnd) for _ in range(n))

    def usage(self, kind):
        """8 ints: active_days, out_calls, in_calls, out_sms, in_sms,
        distinct_callees, topup, data_mb."""
        rnd = self.rnd
        L = self.L
        if kind == 'none':
            return (0, 0, 0, 0, 0, 0, 0, 0)
        if kind in ('normal', 'sold', 'worker', 'heavy'):
            ad = 30 - int(rnd() ** 3 * 20)
            if kind == 'heavy':
                oc, ic = int(L(2.4, 0.9)), int(L(2.8, 0.8))
                data = int(L(9.0, 0.8))
                top = self.topup(1.2)
            elif kind == 'worker':
                oc, ic = int(L(3.0, 0.8)), int(L(3.7, 0.7))
                data = int(L(7.9, 1.0))
                top = self.topup(1.4)
            else:
                oc, ic = int(L(3.3, 0.9)), int(L(3.4, 0.8))
                data = int(L(7.6, 1.3))
                top = self.topup(1.6) if rnd() < 0.9 else 0
            osm = int(L(0.9, 1.2)) if rnd() < 0.8 else 0
            ism = int(L(3.3, 0.6))
            dc = min(oc, 1 + int(oc * (0.12 + 0.3 * rnd()))) if oc else 0
            return (ad, oc, ic, osm, ism, dc, top, data)
        if kind == 'light':
            ad = 8 + int(rnd() * 23)
            oc, ic = int(L(1.6, 0.9)), int(L(2.7, 0.7))
            dc = min(oc, 1 + int(rnd() * 4)) if oc else 0
            data = 0 if rnd() < 0.7 else int(L(3, 1))
            return (ad, oc, ic, int(rnd() < 0.2), int(L(2.0, 0.6)), dc,
                    self.topup(0.6), data)
        if kind == 'data':
            ad = 15 + int(rnd() * 16)
            oc = 0 if rnd() < 0.9 else 1 + int(rnd() * 3)
            top = 0 if rnd() < 0.4 else self.R.choice((70000, 90000, 120000,
                                                       150000, 200000))
            return (ad, oc, int(rnd() * 3), 0, int(L(1.5, 0.7)),
                    min(oc, 1), top, int(L(9.8, 0.9)))
        if kind == 'backup':
            ad = int(rnd() * 7)
            oc = int(rnd() * 4)
            return (ad, oc, int(rnd() * 5), 0, 1 + int(rnd() * 8),
                    min(oc, 1 + int(rnd() * 2)) if oc else 0,
                    0 if rnd() < 0.8 else 10000, int(rnd() * 50))
        if kind == 'iot':
            osm = int(L(1.5, 1.0)) if rnd() < 0.4 else 0
            return (27 + int(rnd() * 4), 0, 0, osm, int(rnd() * 5),
                    0, 0, max(1, int(L(3.5, 1.2))))
        if kind == 'tourist':
            ad = 2 + int(rnd() * 13)
            oc = int(rnd() * 9)
            return (ad, oc, int(rnd() * 7), int(rnd() * 4), 1 + int(rnd() * 10),
                    min(oc, 1 + int(rnd() * 4)) if oc else 0,
                    0 if rnd() < 0.8 else 100000, int(L(8.3, 0.8)))
        if kind == 'kid':
            oc, ic = int(L(2.3, 0.6)), int(L(3.3, 0.5))
            return (25 + int(rnd() * 6), oc, ic, int(rnd() * 6),
                    2 + int(rnd() * 14), min(oc, 1 + int(rnd() * 5)), 0,
                    int(L(4.5, 1.0)))
        if kind == 'simbox':
            oc = int(L(6.3, 0.5))
            return (10 + int(rnd() * 21), oc, int(rnd() * 4), 0,
                    int(rnd() * 3), int(oc * (0.85 + 0.13 * rnd())),
                    500000 * (1 + int(rnd() * 6)), 0)
        if kind == 'simbox_s':
            oc = int(L(4.8, 0.4))
            return (20 + int(rnd() * 11), oc, int(L(2.2, 0.6)),
                    1 + int(rnd() * 12), 2 + int(rnd() * 19),
                    int(oc * (0.55 + 0.25 * rnd())), self.topup(2.5),
                    int(L(3.5, 1.0)))
        if kind == 'otp':
            oc = int(rnd() * 2)
            return (3 + int(rnd() * 28), oc, int(rnd() * 3), int(rnd() * 3),
                    int(L(5.0, 0.7)), oc, 0 if rnd() < 0.6 else 10000,
                    int(rnd() * 3))
        if kind == 'otp_s':
            oc = 1 + int(rnd() * 10)
            return (10 + int(rnd() * 21), oc, int(rnd() * 7), int(rnd() * 6),
                    int(L(3.8, 0.5)), min(oc, 1 + int(rnd() * 4)),
                    self.R.choice((20000, 20000, 30000, 50000)),
                    int(L(3, 1.2)))
        if kind == 'scam':
            oc = int(L(5.3, 0.6))
            return (2 + int(rnd() * 11), oc, int(rnd() * 16),
                    int(L(1.5, 1.3)), 3 + int(rnd() * 23),
                    int(oc * (0.8 + 0.17 * rnd())),
                    100000 * (1 + int(rnd() * 5)), int(L(3, 1.5)))
        if kind == 'scam_s':
            oc = int(L(4.3, 0.4))
            return (8 + int(rnd() * 18), oc, int(L(2.3, 0.6)),
                    2 + int(rnd() * 14), 8 + int(rnd() * 33),
                    int(oc * (0.5 + 0.3 * rnd())), self.topup(2.0),
                    int(L(6, 1)))
        if kind == 'swap':
            oc = int(rnd() * 3)
            return (1 + int(rnd() * 6), oc, int(rnd() * 4), int(rnd() * 2),
                    int(L(2.8, 0.5)), oc, 0, int(rnd() * 30))
        if kind == 'swap_s':
            oc = 2 + int(rnd() * 11)
            return (5 + int(rnd() * 16), oc, 3 + int(rnd() * 18),
                    int(rnd() * 5), int(L(3.2, 0.5)),
                    min(oc, 1 + int(rnd() * 6)), self.topup(0.5),
                    int(L(4, 1)))
        raise ValueError(kind)

    # ----- rows -----
    def line(self, c, nat, sty, p, ts, ch, pt, dev, sim, sel, fm, pdb, st, fu,
             use, name=None, idt=None, idn=None, dob=None, g=None, prov=None,
             natl=None, stype=None, hist=False):
        """one CSV line; returns (line, carrier_str, msisdn_str)."""
        rnd = self.rnd
        cd = self.CAR[c]
        r = rnd()
        cs = c if r > 0.02 else (c.lower() if r < 0.008 else CAR_TITLE[c])
        if hist and rnd() < 0.2:
            sty = cd['sty'].pick(rnd) if rnd() < 0.5 else \
                ('0', '84', '+84')[int(rnd() * 3)]
        ms = ('0' if sty == '0' else sty) + str(nat)
        expl = rnd() < cd['expl']
        if name is None:
            name = p.name
            f = cd['nf'].pick(rnd)
            if f:
                if f == 1:
                    name = name.upper()
                elif f == 2:
                    name = strip_dia(name)
                elif f == 3:
                    name = strip_dia(name).upper()
                elif f == 4:
                    name = oldtone(name)
                else:
                    name = unicodedata.normalize('NFD', name)
        if idt is None:
            idt = p.idt
        if idn is None:
            idn = p.idn
        if dob is None:
            dob = daystr(p.dob) if p is not None and p.dob else ''
        if g is None:
            g = p.g if (p is not None and rnd() > 0.01) else ''
        if prov is None:
            prov = p.rp if (p is not None and rnd() > 0.03) else ''
        if natl is None:
            natl = p.nat if p is not None else 'VN'
            if natl == 'VN' and not expl:
                natl = ''
        if stype is None:
            stype = 'INDIVIDUAL' if expl else ''
        if st == 'ACTIVE' and not expl:
            st = ''
        if pdb == 'UNCHECKED' and not expl and rnd() < 0.5:
            pdb = ''
        imsi, iccid = sim
        if iccid and rnd() < 0.02:
            iccid = ''
        known = (cd['usage'] and not hist and
                 ts + 30 * DAY <= self.export_ts and use is not None)
        if ts < date(2023, 1, 1).toordinal() * DAY:
            known = False
        if known:
            u = ','.join(map(str, use))
        else:
            u = ',,,,,,,'
        if use is not None and use[0] == 0 and use[1] == 0 and use[4] == 0 \
                and use[7] == 0:
            fu = ''
        agent = pt.code if pt is not None else ''
        s = ','.join((cs, ms, imsi, iccid, stype, idt, idn, qcsv(name), dob, g,
                      natl, prov, ts_str(ts, cd['utc']), ch, agent, dev or '',
                      sel, fm, pdb, st, fu or '', u))
        return (s, cs, ms)

    def emit(self, pat, rows):
        """store one subscription (rows chronological, latest last)."""
        if self.left <= 0 or not rows:
            return False
        if len(rows) > self.left:
            rows = rows[-self.left:]
        ap = self.lines.append
        for r in rows:
            ap(r[0])
        j, n = PATTERNS[pat]
        self.labels.append('%s,%s,%d,%d,%s' % (rows[-1][1], rows[-1][2], j, n,
                                                pat))
        self.left -= len(rows)
        st = self.stats.get(pat)
        if st is None:
            st = self.stats[pat] = [0, 0]
        st[0] += 1
        st[1] += len(rows)
        return self.left > 0

    def reg(self, c, p, ts, ch, pt, *, nat=None, sty=None, dev=None, sim=None,
            face='own', fm_mu=0.9, fm_sd=0.05, noise=None, sel=None, fm=None,
            pdb=None, pdbk='real', st='ACTIVE', fu='auto', use='normal',
            hist=False, **kw):
        """build one registration row with sensible defaults.
        Returns (row, nat, sty)."""
        rnd = self.rnd
        if ts > self.export_ts - 60:
            ts = self.export_ts - 60 - int(rnd() * 7200)
        if nat is None:
            nat = self.msisdn(c)
        if sty is None:
            sty = self.style(c)
        if dev is None:
            if pt is not None:
                dev = pt.devs[int(rnd() * len(pt.devs))]
            elif ch == 'EKYC_APP' or (ch == 'ONLINE' and rnd() < 0.5):
                dev = p.phone
            else:
                dev = ''
        if sim is None:
            sim = self.sim_at(pt, c) if pt is not None else self.sim_one(c)
        if sel is None:
            f = p.face if face == 'own' else face
            sel, fm = self.capture(c, ch, ts, f, fm_mu, fm_sd, noise)
        if pdb is None:
            pdb = self.popdb(c, ts, pdbk)
        u = self.usage(use) if isinstance(use, str) else use
        if fu == 'auto':
            if use in ('iot', 'iot_idle'):
                fu = self.imei(self.TAC_MODULE)
            elif use == 'data':
                fu = self.imei(self.TAC_ROUTER if rnd() < 0.6 else self.TAC_TAB)
            elif use == 'kid':
                fu = self.imei(self.TAC_WATCH)
            elif use == 'sold':
                fu = self.imei()
            else:
                fu = p.phone if (ch == 'EKYC_APP' or rnd() < 0.85) else \
                    self.imei()
        row = self.line(c, nat, sty, p, ts, ch, pt, dev, sim, sel, fm, pdb, st,
                        fu, u, hist=hist, **kw)
        return row, nat, sty

    def one(self, pat, c, p, ts, ch, pt, **kw):
        row, _, _ = self.reg(c, p, ts, ch, pt, **kw)
        return self.emit(pat, [row])

    # ----- statuses -----
    def status_for(self, kind, ts):
        """kind: legit / unaware (owner never confirmed) / controlled /
        reported."""
        rnd = self.rnd
        if kind == 'reported':
            r = rnd()
            return 'TWO_WAY_LOCKED' if r < 0.3 else 'ONE_WAY_LOCKED' \
                if r < 0.5 else 'ACTIVE'
        if not self.c08:
            if kind == 'unaware' and rnd() < 0.08:
                return 'ONE_WAY_LOCKED'
            return 'ACTIVE'
        if ts >= D_VNEID_LOCK * DAY:
            return 'ACTIVE'
        if kind == 'unaware':
            return 'ONE_WAY_LOCKED' if rnd() < 0.85 else 'ACTIVE'
        if kind == 'controlled':
            return 'ONE_WAY_LOCKED' if rnd() < 0.05 else 'ACTIVE'
        return 'ONE_WAY_LOCKED' if rnd() < 0.03 else 'ACTIVE'

    # =====================================================================
    # background population
    # =====================================================================
    def g_normal(self, pat='normal'):
        rnd = self.rnd
        p = self.person()
        c = self.carrier_for(p.rp)
        ch, pt = self.channel_point(c, p.rp)
        ts = self.ts_window(self.ch_tod(ch))
        age = (self.end - p.dob) / 365.25
        use = 'heavy' if age < 24 and rnd() < 0.6 else \
            'light' if age > 66 else 'normal'
        return self.one(pat, c, p, ts, ch, pt, use=use,
                        st=self.status_for('legit', ts))

    # =====================================================================
    # fraud patterns
    # =====================================================================
    def fraud_dealer(self, stealth, provs=None):
        rnd = self.rnd
        prov = self.R.choice(provs) if provs else self.RES.pick(rnd)
        c = self.carrier_for(prov)
        if c not in BIG3 and rnd() < 0.7:
            c = self.BIG3W.pick(rnd)
        return self.point(c, prov, 'A', weighted=stealth)

    def f_preact_fabricated(self, stealth):
        rnd = self.rnd
        pt = self.fraud_dealer(stealth)
        c = pt.c
        pat = 'preact_fabricated'
        if not stealth:
            n = 20 + int(rnd() * 130)
            sims = self.sim_seq(c, n)
            nats = self.msisdn_block(c, n) if rnd() < 0.6 else None
            models = [self.R.getrandbits(64) for _ in range(1 + int(rnd() * 3))]
            dev = pt.devs[0]
            d = self.day_window()
            ts = d * DAY + self.tod('night')
            no_sel = rnd() < 0.3
            for i in range(n):
                ts += 20 + int(rnd() * 100)
                if rnd() < 0.01:
                    ts += DAY
                p = self.fake_person(True, pt.prov)
                if no_sel:
                    sel = fm = ''
                else:
                    sel, fm = self.capture(c, 'AGENT', ts,
                                           models[int(rnd() * len(models))],
                                           0.42, 0.12, force=True)
                use = 'none' if rnd() < 0.55 else 'sold'
                st = 'ONE_WAY_LOCKED' if rnd() < 0.15 else \
                    'TWO_WAY_LOCKED' if rnd() < 0.12 else 'ACTIVE'
                row, _, _ = self.reg(c, p, ts, 'AGENT', pt,
                                     nat=nats[i] if nats else None, dev=dev,
                                     sim=sims[i], sel=sel, fm=fm, pdbk='fake',
                                     st=st, use=use)
                if not self.emit(pat, [row]):
                    return
        else:
            n = 5 + int(rnd() * 26)
            d0 = self.day_window()
            for i in range(n):
                od = self.outage_day(c, d0)
                if od is not None and rnd() < 0.65:
                    ts = od * DAY + self.tod('shop')
                    pdb = 'UNCHECKED'      # registered during a DB outage
                else:
                    ts = self.ts_days(d0, d0 + 40)
                    pdb = None
                p = self.fake_person(False, pt.prov)
                use = 'none' if rnd() < 0.25 else 'sold'
                row, _, _ = self.reg(c, p, ts, 'AGENT', pt, fm_mu=0.84,
                                     fm_sd=0.05, pdb=pdb, pdbk='fake', use=use)
                if not self.emit(pat, [row]):
                    return

    def f_preact_leaked(self, stealth):
        rnd = self.rnd
        pt = self.fraud_dealer(stealth)
        c = pt.c
        pat = 'preact_leaked'
        if not stealth:
            n = 20 + int(rnd() * 130)
            sims = self.sim_seq(c, n)
            nats = self.msisdn_block(c, n) if rnd() < 0.5 else None
            staff = [self.R.getrandbits(64) for _ in range(1 + int(rnd() * 2))]
            d = self.day_window()
            ts = d * DAY + self.tod('night' if rnd() < 0.6 else 'shop')
            dev = pt.devs[int(rnd() * len(pt.devs))]
            for i in range(n):
                ts += 30 + int(rnd() * 150)
                victim = self.person(rp=self.RES.pick(rnd))
                if rnd() < 0.25:
                    # the real owner's own genuine SIM is also in the batch
                    self.g_owner_sim(victim)
                sel, fm = self.capture(c, 'AGENT', ts,
                                       staff[int(rnd() * len(staff))],
                                       0.38, 0.1)
                row, _, _ = self.reg(
                    c, victim, ts, 'AGENT', pt, nat=nats[i] if nats else None,
                    dev=dev, sim=sims[i], sel=sel, fm=fm,
                    pdb='MATCH' if rnd() < 0.85 else 'MISMATCH',
                    use='none' if rnd() < 0.5 else 'sold',
                    st=self.status_for('unaware', ts))
                if not self.emit(pat, [row]):
                    return
        else:
            # photocopies of the dealer's own earlier genuine customers
            k = 4 + int(rnd() * 16)
            d0 = self.day_window()
            for _ in range(k):
                cust = self.person(rp=pt.prov)
                ts0 = self.ts_days(d0 - 30, d0)
                row, _, _ = self.reg(c, cust, ts0, 'AGENT', pt)
                if not self.emit('normal', [row]):
                    return
                ts = ts0 + (7 + int(rnd() * 50)) * DAY + int(rnd() * 4000)
                if ts > self.export_ts - 3600:
                    ts = self.export_ts - 3600 - int(rnd() * 3 * DAY)
                f = self.flip(cust.face, 5 + int(rnd() * 5))
                sel, fm = self.capture(c, 'AGENT', ts, f, 0.76, 0.06,
                                       noise=0, force=True)
                c2 = c
                pt2 = pt
                if rnd() < 0.3:
                    c2 = self.BIG3W.pick(rnd)
                    pt2 = self.sister(pt, c2) or pt
                    c2 = pt2.c
                row, _, _ = self.reg(c2, cust, ts, 'AGENT', pt2,
                                     sim=self.sim_one(c2), sel=sel, fm=fm,
                                     use='none' if rnd() < 0.3 else 'sold',
                                     st=self.status_for('unaware', ts))
                if not self.emit(pat, [row]):
                    return

    def g_owner_sim(self, p):
        """the genuine, clean SIM of a person whose identity is abused."""
        rnd = self.rnd
        c = self.carrier_for(p.rp)
        ch, pt = self.channel_point(c, p.rp)
        ts = self.ts_window(self.ch_tod(ch))
        return self.one('normal', c, p, ts, ch, pt)

    def f_dealer_own_id(self, stealth):
        rnd = self.rnd
        pt = self.fraud_dealer(stealth)
        pat = 'dealer_own_id'
        dealer = self.person(rp=pt.prov, age=(24, 55))
        carriers = [pt.c] + [c for c in BIG3 if c != pt.c and rnd() < 0.5]
        pts = [pt] + [self.sister(pt, c) or pt for c in carriers[1:]]
        dev = pt.devs[0]
        # his own everyday SIM
        if rnd() < 0.7:
            ts = self.ts_window()
            if not self.one('normal', pt.c, dealer, ts, 'AGENT', pt):
                return
        if not stealth:
            n = 30 + int(rnd() * 250)
            d0 = self.day_window()
            span = 14 + int(rnd() * 45)
            runs = {}
            for i in range(n):
                j = int(rnd() * len(pts))
                p2 = pts[j]
                if p2.c not in runs or not runs[p2.c]:
                    runs[p2.c] = self.sim_seq(p2.c, 10 + int(rnd() * 30))
                ts = self.ts_days(d0, d0 + span,
                                  'late' if rnd() < 0.6 else 'shop')
                row, _, _ = self.reg(p2.c, dealer, ts, 'AGENT', p2, dev=dev,
                                     sim=runs[p2.c].pop(),
                                     use='none' if rnd() < 0.4 else 'sold',
                                     st=self.status_for('controlled', ts))
                if not self.emit(pat, [row]):
                    return
        else:
            fam = [dealer]
            fam.append(self.person(rp=pt.prov, age=(24, 55),
                                   g='F' if dealer.g == 'M' else 'M'))
            for _ in range(1 + int(rnd() * 4)):
                fam.append(self.person(rp=pt.prov,
                                       age=(50, 78) if rnd() < 0.5 else (18, 45),
                                       sur=dealer.sur))
            d0 = self.day_window()
            for who in fam:
                k = 4 + int(rnd() * 6)
                replay = who.face if rnd() < 0.5 else None
                for _ in range(k):
                    j = int(rnd() * len(pts))
                    p2 = pts[j]
                    ts = self.ts_days(d0, d0 + 120)
                    if rnd() < 0.25:
                        ch, ptx, dv = 'EKYC_APP', None, dealer.phone
                    else:
                        ch, ptx, dv = 'AGENT', p2, None
                    use = 'none' if rnd() < 0.35 else 'sold'
                    if who is dealer:
                        row, _, _ = self.reg(p2.c, who, ts, ch, ptx, dev=dv,
                                             use=use)
                    elif replay is not None:
                        sel, fm = self.capture(p2.c, ch, ts, replay, 0.88, 0.03,
                                               noise=int(rnd() * 2))
                        row, _, _ = self.reg(p2.c, who, ts, ch, ptx, dev=dv,
                                             sel=sel, fm=fm, use=use)
                    else:
                        if rnd() < 0.5:
                            sel = fm = ''
                        else:
                            sel, fm = self.capture(p2.c, ch, ts, dealer.face,
                                                   0.45, 0.1)
                        row, _, _ = self.reg(p2.c, who, ts, ch, ptx, dev=dv,
                                             sel=sel, fm=fm, use=use)
                    if not self.emit(pat, [row]):
                        return

    def f_walkin_extra(self, stealth):
        rnd = self.rnd
        pt = self.fraud_dealer(stealth)
        c = pt.c
        k = 5 + int(rnd() * 30)
        d0 = self.day_window()
        for _ in range(k):
            cust = self.person(rp=pt.prov)
            ts = self.ts_days(d0, d0 + 60)
            dev = pt.devs[int(rnd() * len(pt.devs))]
            seq = self.sim_seq(c, 4)
            sel, fm = self.capture(c, 'AGENT', ts, cust.face, force=True)
            row, _, _ = self.reg(c, cust, ts, 'AGENT', pt, dev=dev, sim=seq[0],
                                 sel=sel, fm=fm)
            if not self.emit('walkin_genuine', [row]):
                return
            if rnd() > 0.6:
                continue
            for x in range(1 + int(rnd() * 3)):
                if not stealth:
                    ts2 = ts + 40 + int(rnd() * 600) * (x + 1)
                    row, _, _ = self.reg(
                        c, cust, ts2, 'AGENT', pt, dev=dev, sim=seq[x + 1],
                        sel=sel, fm=fm, use='none' if rnd() < 0.6 else 'sold',
                        st=self.status_for('unaware', ts2))
                else:
                    ts2 = min(ts + (1 + int(rnd() * 20)) * DAY +
                              int(rnd() * 20000), self.export_ts - 7200)
                    c2, pt2 = c, pt
                    if rnd() < 0.4:
                        c2 = self.BIG3W.pick(rnd)
                        pt2 = self.sister(pt, c2) or pt
                        c2 = pt2.c
                    s2 = (self.hexf(c2, self.flip(int(sel, 16), 1 + int(rnd() * 2)))
                          if sel else '')
                    f2 = ('%.3f' % min(0.995, float(fm) + (rnd() - 0.5) * 0.04)
                          if fm else '')
                    row, _, _ = self.reg(
                        c2, cust, ts2, 'AGENT', pt2, sim=self.sim_one(c2),
                        sel=s2, fm=f2, use='none' if rnd() < 0.35 else 'sold',
                        st=self.status_for('unaware', ts2))
                if not self.emit('walkin_extra', [row]):
                    return

    def f_simbox_farm(self, stealth):
        rnd = self.rnd
        pat = 'simbox_farm'
        prov = self.R.choice(('079', '001', '074', '075', '031', '048', '072',
                              '089', '020'))
        if not stealth:
            pt = self.fraud_dealer(False, [prov])
            c = pt.c
            n = 64 + int(rnd() * 300)
            ports = self.imei_run(self.TAC_MODULE, 8 * (2 + int(rnd() * 6)))
            sims = self.sim_seq(c, n)
            nats = self.msisdn_block(c, n)
            d = self.day_window()
            ts = d * DAY + self.tod('night')
            dev = pt.devs[0]
            for i in range(n):
                ts += 15 + int(rnd() * 90)
                p = self.fake_person(rnd() < 0.6, pt.prov)
                st = 'TWO_WAY_LOCKED' if rnd() < 0.35 else 'ACTIVE'
                row, _, _ = self.reg(c, p, ts, 'AGENT', pt, nat=nats[i],
                                     dev=dev, sim=sims[i], face=p.face,
                                     fm_mu=0.5, fm_sd=0.2, pdbk='fake',
                                     st=st, fu=ports[int(rnd() * len(ports))],
                                     use='simbox')
                if not self.emit(pat, [row]):
                    return
        elif rnd() < 0.5:
            # shell organisation registering "IoT" SIMs at the enterprise desk
            c = self.BIG3W.pick(rnd)
            pt = self.point(c, prov, 'S') or self.point(c, prov, 'A')
            org, taxid, oprov = self.org(prov, iot=True)
            rep = self.person(rp=prov, age=(22, 50))
            n = 60 + int(rnd() * 200)
            d0 = self.day_window()
            batches = 2 + int(rnd() * 3)
            i = 0
            for b in range(batches):
                m = n // batches
                sims = self.sim_seq(c, m)
                nats = self.msisdn_block(c, m)
                ts = self.ts_days(d0 + b * 20, d0 + b * 20 + 5, 'office')
                sel, fm = self.capture(c, 'STORE', ts, rep.face,
                                       subtype_org=True)
                for j in range(m):
                    ts += 5 + int(rnd() * 40)
                    row, _, _ = self.reg(
                        c, rep, ts, 'STORE', pt, nat=nats[j], sim=sims[j],
                        sel=sel, fm=fm, pdbk='org', fu=self.imei(),
                        use='simbox_s', name=org, idt='ORG', idn=taxid,
                        dob='', g='', prov=oprov, stype='ORGANIZATION',
                        st='TWO_WAY_LOCKED' if rnd() < 0.1 else 'ACTIVE')
                    if not self.emit(pat, [row]):
                        return
                    i += 1
        else:
            k = 4 + int(rnd() * 8)
            per = 3 + int(rnd() * 10)
            d0 = self.day_window()
            for _ in range(k):
                pt = self.fraud_dealer(True, [prov] + [self.RES.pick(rnd)])
                for _ in range(per):
                    p = self.fake_person(False, pt.prov)
                    od = self.outage_day(pt.c, d0)
                    if od is not None and rnd() < 0.4:
                        ts = od * DAY + self.tod('shop')
                        pdb = 'UNCHECKED'
                    else:
                        ts = self.ts_days(d0, d0 + 60)
                        pdb = None
                    row, _, _ = self.reg(pt.c, p, ts, 'AGENT', pt, fm_mu=0.83,
                                         pdb=pdb, pdbk='fake', fu=self.imei(),
                                         use='simbox_s')
                    if not self.emit(pat, [row]):
                        return

    def f_otp_farm(self, stealth):
        rnd = self.rnd
        pat = 'otp_farm'
        home = self.R.choice(('079', '001', '074', '048', '092', '031'))
        rec_region = self.R.choice(('NW', 'NC', 'MK', 'CH'))
        if not stealth:
            pool = self.imei_run(self.TAC_USB, 4 + int(rnd() * 12))
            people = 5 + int(rnd() * 16)
            d0 = self.day_window()
            dealers = [self.fraud_dealer(False, [home]) for _ in
                       range(2 + int(rnd() * 3))]
            for _ in range(people):
                rp = self.BY_REG[rec_region].pick(rnd) if rnd() < 0.6 else home
                who = self.person(rp=rp, age=(18, 30) if rnd() < 0.7 else
                                  (50, 70))
                ts = self.ts_days(d0, d0 + 1)
                for _ in range(3 + int(rnd() * 4)):
                    pt = dealers[int(rnd() * len(dealers))]
                    c = self.BIG3W.pick(rnd)
                    pt2 = self.sister(pt, c) or pt
                    ts += 120 + int(rnd() * 1500)
                    row, _, _ = self.reg(pt2.c, who, ts, 'AGENT', pt2,
                                         fu=pool[int(rnd() * len(pool))],
                                         use='otp',
                                         st=self.status_for('controlled', ts))
                    if not self.emit(pat, [row]):
                        return
        else:
            people = 6 + int(rnd() * 20)
            d0 = self.day_window()
            for _ in range(people):
                rp = self.BY_REG[rec_region].pick(rnd)
                who = self.person(rp=rp, age=(18, 35))
                for _ in range(1 + int(rnd() * 2)):
                    prov = rp if rnd() < 0.5 else self.RES.pick(rnd)
                    pt = self.fraud_dealer(True, [prov])
                    ts = self.ts_days(d0, d0 + 70)
                    row, _, _ = self.reg(pt.c, who, ts, 'AGENT', pt,
                                         fu=self.imei(), use='otp_s',
                                         st=self.status_for('controlled', ts))
                    if not self.emit(pat, [row]):
                        return

    def f_ekyc_scam_caller(self, stealth):
        rnd = self.rnd
        pat = 'ekyc_scam_caller'
        c = self.BIG3W.pick(rnd) if rnd() < 0.85 else \
            self.R.choice(('VIETNAMOBILE', 'ITEL', 'REDDI', 'WINTEL', 'ASIM'))
        if not stealth:
            devs = [self.imei(self.TAC_PHONE) for _ in range(1 + int(rnd() * 3))]
            burners = [self.imei() for _ in range(3 + int(rnd() * 6))]
            nid = 8 + int(rnd() * 40)
            d = self.day_window()
            ts = d * DAY + self.tod('night')
            for _ in range(nid):
                victim = self.person()
                f = self.flip(victim.face, 6 + int(rnd() * 6))
                for _ in range(1 + int(rnd() * 3)):
                    ts += 60 + int(rnd() * 400)
                    ch = 'EKYC_APP' if rnd() < 0.85 else 'ONLINE'
                    sel, fm = self.capture(c, ch, ts, f, 0.64, 0.07, force=True)
                    row, _, _ = self.reg(
                        c, victim, ts, ch, None,
                        dev=devs[int(rnd() * len(devs))], sel=sel, fm=fm,
                        fu=burners[int(rnd() * len(burners))], use='scam',
                        st=self.status_for('reported', ts))
                    if not self.emit(pat, [row]):
                        return
        else:
            nid = 10 + int(rnd() * 30)
            d0 = self.day_window()
            for _ in range(nid):
                victim = self.person()
                ts = self.ts_days(d0, d0 + 50, 'app')
                f = self.flip(victim.face, 4 + int(rnd() * 4))
                ch = 'EKYC_APP' if rnd() < 0.8 else 'ONLINE'
                sel, fm = self.capture(c, ch, ts, f, 0.82, 0.05, force=True)
                phone = self.imei()
                row, _, _ = self.reg(c, victim, ts, ch, None, dev=phone,
                                     sel=sel, fm=fm, fu=phone, use='scam_s',
                                     st='ONE_WAY_LOCKED' if rnd() < 0.2 else
                                     self.status_for('unaware', ts))
                if not self.emit(pat, [row]):
                    return

    def f_id_multi_province(self, stealth):
        rnd = self.rnd
        pat = 'id_multi_province'
        for _ in range(1 + int(rnd() * 5)):
            victim = self.person()
            if rnd() < 0.4:
                if not self.g_owner_sim(victim):
                    return
            d0 = self.day_window()
            if not stealth:
                provs = [self.RES.pick(rnd) for _ in range(4 + int(rnd() * 6))]
                span = 1 + int(rnd() * 4)
            else:
                reg = PREGION[victim.rp]
                provs = [self.BY_REG[reg].pick(rnd) for _ in
                         range(3 + int(rnd() * 3))]
                span = 30 + int(rnd() * 60)
            for prov in provs:
                c = self.carrier_for(prov)
                pt = self.point(c, prov, 'A', weighted=stealth)
                for _ in range(1 if stealth else 1 + int(rnd() * 2)):
                    ts = self.ts_days(d0, d0 + span)
                    if stealth:
                        f = self.flip(victim.face, 5 + int(rnd() * 5))
                        sel, fm = self.capture(c, 'AGENT', ts, f, 0.73, 0.06,
                                               noise=0)
                    else:
                        if rnd() < 0.3:
                            sel = fm = ''
                        else:
                            sel, fm = self.capture(c, 'AGENT', ts,
                                                   self.R.getrandbits(64),
                                                   0.35, 0.1)
                    row, _, _ = self.reg(c, victim, ts, 'AGENT', pt, sel=sel,
                                         fm=fm,
                                         use='none' if rnd() < 0.4 else 'sold',
                                         st=self.status_for('unaware', ts))
                    if not self.emit(pat, [row]):
                        return

    def f_elderly_id_harvest(self, stealth):
        rnd = self.rnd
        pat = 'elderly_id_harvest'
        prov = self.R.choice(('038', '040', '034', '036', '024', '087', '089',
                              '094', '082', '064', '014', '052', '030'))
        pt = self.fraud_dealer(stealth, [prov])
        c = pt.c
        dealer_face = self.R.getrandbits(64)
        n = 20 + int(rnd() * 100) if not stealth else 8 + int(rnd() * 30)
        d0 = self.day_window()
        sims = self.sim_seq(c, 3 * n) if not stealth else None
        ts = d0 * DAY + self.tod('shop')
        for i in range(n):
            old = self.person(rp=prov, bp=prov,
                              age=(70, 95) if not stealth else (55, 90))
            for _ in range(1 if stealth else 1 + int(rnd() * 2)):
                if not stealth:
                    ts += 60 + int(rnd() * 500)
                    if rnd() < 0.5:
                        sel = fm = ''
                    else:
                        sel, fm = self.capture(c, 'AGENT', ts, dealer_face,
                                               0.33, 0.1, force=True)
                    sim = sims.pop()
                else:
                    ts = self.ts_days(d0, d0 + 50)
                    f = self.flip(old.face, 5 + int(rnd() * 5))
                    sel, fm = self.capture(c, 'AGENT', ts, f, 0.64, 0.08,
                                           noise=0)
                    sim = None
                row, _, _ = self.reg(c, old, ts, 'AGENT', pt, sim=sim, sel=sel,
                                     fm=fm,
                                     use='none' if rnd() < 0.35 else 'sold',
                                     st=self.status_for('unaware', ts))
                if not self.emit(pat, [row]):
                    return

    def f_sim_swap_takeover(self, stealth):
        rnd = self.rnd
        pat = 'sim_swap_takeover'
        fraudster = self.R.getrandbits(64)
        for _ in range(1 if stealth else 1 + int(rnd() * 4)):
            victim = self.person(age=(28, 65))
            c = self.carrier_for(victim.rp)
            if c not in BIG3:
                c = self.BIG3W.pick(rnd)
            ch0, pt0 = self.channel_point(c, victim.rp)
            ts0 = self.ts_hist(2019, 2024, self.ch_tod(ch0))
            r0, nat, sty = self.reg(c, victim, ts0, ch0, pt0, hist=True)
            if stealth:
                prov = victim.rp
                ts = self.ts_window('shop')
                fm_mu = 0.7
                use = 'swap_s'
            else:
                prov = self.RES.pick(rnd)
                ts = self.day_window() * DAY + self.tod('late')
                fm_mu = 0.42
                use = 'swap'
            pt = self.point(c, prov, 'S') or self.point(c, prov, 'A')
            sel, fm = self.capture(c, 'STORE', ts, fraudster, fm_mu, 0.07,
                                   force=True)
            r1, _, _ = self.reg(c, victim, ts, pt.kind == 'S' and 'STORE' or
                                'AGENT', pt, nat=nat, sty=sty,
                                sim=self.sim_one(c), sel=sel, fm=fm,
                                fu=self.imei(), use=use,
                                st='TWO_WAY_LOCKED' if rnd() < 0.25 else
                                'ACTIVE')
            if not self.emit(pat, [r0, r1]):
                return

    def f_stolen_id_personal(self, stealth):
        rnd = self.rnd
        pat = 'stolen_id_personal'
        owner = self.person(age=(20, 60))
        if rnd() < 0.4:
            if not self.g_owner_sim(owner):
                return
        thief_face = self.R.getrandbits(64)
        thief_phone = self.imei()
        prov = owner.rp if rnd() < 0.5 else self.RES.pick(rnd)
        c = self.carrier_for(prov)
        for _ in range(1 + (rnd() < 0.3)):
            pt = self.point(c, prov, 'A')
            ts = self.ts_window('shop')
            sel, fm = self.capture(c, 'AGENT', ts, thief_face,
                                   0.68 if stealth else 0.43, 0.06)
            row, _, _ = self.reg(c, owner, ts, 'AGENT', pt, sel=sel, fm=fm,
                                 fu=thief_phone, use='normal',
                                 st=self.status_for('unaware', ts))
            if not self.emit(pat, [row]):
                return

    # =====================================================================
    # legitimate confounders
    # =====================================================================
    def c_busy_shop(self):
        rnd = self.rnd
        prov = self.R.choice(('001', '079', '079', '048', '092', '031', '074',
                              '075', '056'))
        c = self.BIG3W.pick(rnd)
        pt = self.point(c, prov, 'S')
        n = 80 + int(rnd() * 500)
        d0 = self.day_window()
        ndays = 1 + int(rnd() * 3)
        for _ in range(n):
            p = self.person(rp=prov)
            ts = self.ts_days(d0, d0 + ndays - 1)
            use = 'heavy' if p.yob > 2000 else 'normal'
            row, _, _ = self.reg(c, p, ts, 'STORE', pt, use=use)
            if not self.emit('busy_shop', [row]):
                return
            if rnd() < 0.12:
                row, _, _ = self.reg(c, p, ts + 30 + int(rnd() * 200), 'STORE',
                                     pt, use='data' if rnd() < 0.5 else 'normal')
                if not self.emit('busy_shop', [row]):
                    return

    def c_family_one_phone(self):
        rnd = self.rnd
        prov = self.RES.pick(rnd)
        head = self.person(rp=prov, age=(25, 45))
        fam = [head]
        spouse = self.person(rp=prov, age=(24, 45),
                             g='F' if head.g == 'M' else 'M')
        fam.append(spouse)
        father_sur = head.sur if head.g == 'M' else spouse.sur
        if rnd() < 0.7:
            fam.append(self.person(rp=prov, age=(55, 80), g='M', sur=head.sur,
                                   bp=head.bp))
            fam.append(self.person(rp=prov, age=(52, 78), g='F', bp=head.bp))
        for _ in range(int(rnd() * 3)):
            fam.append(self.person(rp=prov, age=(14, 19), sur=father_sur))
        c = self.carrier_for(prov)
        ts = self.ts_window('app')
        at_store = rnd() < 0.25
        ch, pt = ('STORE', self.point(c, prov, 'S') or
                  self.point(c, prov, 'A')) if at_store else ('EKYC_APP', None)
        if pt is not None and pt.kind == 'A':
            ch = 'AGENT'
        for i, m in enumerate(fam):
            if i and rnd() < 0.15:
                continue
            for _ in range(1 + (rnd() < 0.15)):
                ts += 60 + int(rnd() * 900)
                age = (self.end - m.dob) / 365.25
                use = 'light' if age > 60 else 'heavy' if age < 20 else 'normal'
                fu = self.imei(self.TAC_FEAT) if age > 60 else m.phone
                face, fmu = 'own', 0.8 if age > 60 else 0.9
                if age > 60 and ch == 'EKYC_APP' and rnd() < 0.2:
                    face, fmu = head.face, 0.4    # helper's own face captured
                row, _, _ = self.reg(c, m, ts, ch, pt,
                                     dev=head.phone if ch == 'EKYC_APP' else None,
                                     face=face, fm_mu=fmu, fu=fu,
                                     use=use,
                                     st=self.status_for('legit', ts))
                if not self.emit('family_one_phone', [row]):
                    return

    def org(self, prov, iot=False):
        rnd = self.rnd
        R = self.R
        form = self.ORGF.pick(rnd)
        name = '%s %s %s' % (form, R.choice(IOT_SECTOR if iot else ORG_SECTOR),
                             R.choice(ORG_NAME))
        r = rnd()
        if r < 0.12:
            name += ', Chi nhánh %s' % PROV[PCODES.index(prov)][1]
        elif r < 0.17:
            name = '%s %s "%s"' % (form, R.choice(ORG_SECTOR), R.choice(ORG_NAME))
        r = rnd()
        if r < 0.3:
            name = name.upper()
        elif r < 0.38:
            name = strip_dia(name).upper()
        pfx = ORG_TAX_PFX.get(prov, '%02d' % (5 + int(rnd() * 90)))
        while True:
            body = pfx + '%07d' % int(rnd() * 1e7)
            w = (31, 29, 23, 19, 17, 13, 7, 5, 3)
            chk = 10 - sum(int(body[i]) * w[i] for i in range(9)) % 11
            if chk < 10:
                break
        tax = body + str(chk)
        if rnd() < 0.2:
            tax += '-%03d' % (1 + int(rnd() * 12))
        return name, tax, prov

    def c_org_staff_phones(self):
        rnd = self.rnd
        prov = self.RES.pick(rnd)
        c = self.BIG3W.pick(rnd)
        pt = self.point(c, prov, 'S') or self.point(c, prov, 'A')
        ch = 'STORE' if pt.kind == 'S' else 'AGENT'
        org, tax, oprov = self.org(prov)
        rep = self.person(rp=prov, age=(25, 55))
        n = 15 + int(rnd() * 280)
        nats = self.msisdn_block(c, n)
        sims = self.sim_seq(c, n)
        phones = self.imei_run(self.TAC_PHONE, n) if rnd() < 0.5 else None
        ts = self.ts_window('office')
        sel, fm = self.capture(c, ch, ts, rep.face, subtype_org=True)
        sty = self.style(c)
        for i in range(n):
            ts += 3 + int(rnd() * 60)
            if rnd() < 0.002:
                ts += DAY * (1 + int(rnd() * 5))
            row, _, _ = self.reg(c, rep, ts, ch, pt, nat=nats[i], sty=sty,
                                 sim=sims[i], sel=sel, fm=fm, pdbk='org',
                                 fu=phones[i] if phones else self.imei(),
                                 use='normal', name=org, idt='ORG', idn=tax,
                                 dob='', g='', prov=oprov, stype='ORGANIZATION')
            if not self.emit('org_staff_phones', [row]):
                return

    def c_iot_fleet(self):
        rnd = self.rnd
        prov = self.R.choice(('001', '079', '074', '075', '031', '048', '027',
                              '092', '038'))
        c = self.BIG3W.pick(rnd)
        online = rnd() < 0.3
        pt = None if online else (self.point(c, prov, 'S') or
                                  self.point(c, prov, 'A'))
        ch = 'ONLINE' if online else ('STORE' if pt.kind == 'S' else 'AGENT')
        org, tax, oprov = self.org(prov, iot=True)
        n = 50 + int(rnd() * 700)
        nats = self.msisdn_block(c, n)
        sims = self.sim_seq(c, n)
        mods = self.imei_run(self.TAC_MODULE, n)
        idle = 0.1 + 0.25 * rnd()
        ts = self.ts_window('office')
        sty = self.style(c)
        for i in range(n):
            ts += 1 + int(rnd() * 8)
            iu = rnd() < idle
            row, _, _ = self.reg(c, None, ts, ch, pt, nat=nats[i], sty=sty,
                                 sim=sims[i], dev='' if online else None,
                                 sel='', fm='',
                                 pdbk='org', fu='' if iu else mods[i],
                                 use='none' if iu else 'iot', name=org,
                                 idt='ORG', idn=tax, dob='', g='', prov=oprov,
                                 natl='VN', stype='ORGANIZATION')
            if not self.emit('iot_fleet', [row]):
                return

    def c_multi_sim_owner(self):
        rnd = self.rnd
        p = self.person(age=(22, 60))
        k = 2 + int(rnd() * 8)
        carriers = [self.carrier_for(p.rp) for _ in range(1 + int(rnd() * 3))]
        per = {}
        for i in range(k):
            c = carriers[i % len(carriers)]
            per[c] = per.get(c, 0) + 1
            ts = self.ts_window('app')
            if per[c] <= 3 and rnd() < 0.6:
                ch, pt = 'EKYC_APP', None
            else:
                ch, pt = self.channel_point(c, p.rp, 'STORE' if rnd() < 0.6
                                            else 'AGENT')
            use = 'normal' if i == 0 else self.R.choice(
                ('normal', 'normal', 'data', 'backup', 'light'))
            row, _, _ = self.reg(c, p, ts, ch, pt, use=use,
                                 st=self.status_for('legit', ts))
            if not self.emit('multi_sim_owner', [row]):
                return

    def c_data_backup_sim(self):
        rnd = self.rnd
        p = self.person(age=(18, 65))
        if rnd() < 0.7:
            if not self.g_owner_sim(p):
                return
        c = self.carrier_for(p.rp)
        ch, pt = self.channel_point(c, p.rp)
        ts = self.ts_window(self.ch_tod(ch))
        use = 'data' if rnd() < 0.55 else 'backup'
        self.one('data_backup_sim', c, p, ts, ch, pt, use=use,
                 fu='auto' if use == 'data' else (p.phone if rnd() < 0.7
                                                  else self.imei()),
                 st=self.status_for('legit' if use == 'data' else 'unaware', ts)
                 if self.c08 else 'ACTIVE')

    def c_name_no_diacritics(self):
        rnd = self.rnd
        p = self.person()
        forms = [strip_dia(p.name).upper(), strip_dia(p.name), p.name.upper(),
                 p.name]
        for i in range(1 + (rnd() < 0.6)):
            c = self.carrier_for(p.rp)
            ch, pt = self.channel_point(c, p.rp)
            ts = self.ts_window(self.ch_tod(ch))
            nm = forms[int(rnd() * 2)] if i == 0 else forms[2 + int(rnd() * 2)]
            if not self.one('name_no_diacritics', c, p, ts, ch, pt, name=nm):
                return

    def typo_id(self, s):
        rnd = self.rnd
        L = list(s)
        if rnd() < 0.5:
            i = int(rnd() * (len(L) - 1))
            if L[i] == L[i + 1]:
                L[i] = str((int(L[i]) + 1) % 10)
            else:
                L[i], L[i + 1] = L[i + 1], L[i]
        else:
            i = int(rnd() * len(L))
            L[i] = str((int(L[i]) + 1 + int(rnd() * 8)) % 10)
        t = ''.join(L)
        if t == s:
            t = s[:-1] + str((int(s[-1]) + 1) % 10)
        return t

    def c_clerical_typo(self):
        rnd = self.rnd
        p = self.person()
        c = self.carrier_for(p.rp)
        ch, pt = self.channel_point(c, p.rp, 'STORE' if rnd() < 0.4 else 'AGENT')
        ts = self.ts_window()
        r = rnd()
        kw = {}
        if r < 0.5:
            kw['idn'] = self.typo_id(p.idn)
        elif r < 0.75:
            d = date.fromordinal(p.dob)
            if d.day <= 12 and d.day != d.month:
                kw['dob'] = '%04d-%02d-%02d' % (d.year, d.day, d.month)
            else:
                kw['dob'] = daystr(p.dob + (1 if rnd() < 0.5 else -1))
        else:
            nm = p.name
            for a, b in TYPO_NAME.items():
                if a in nm:
                    nm = nm.replace(a, b, 1)
                    break
            else:
                nm = nm[:-1] if len(nm) > 8 else nm + 'h'
            kw['name'] = nm
        st = 'ONE_WAY_LOCKED' if rnd() < 0.15 else 'ACTIVE'
        row, nat, sty = self.reg(c, p, ts, ch, pt, pdbk='typo', st=st,
                                 hist=False, **kw)
        if rnd() < 0.4 and ts + 3 * DAY < self.export_ts:
            # corrected later at a store: history = typo row
            row_h, _, _ = self.reg(c, p, ts, ch, pt, nat=nat, sty=sty,
                                   pdbk='typo', hist=True, **kw)
            ts2 = min(self.export_ts - 3600, ts + (2 + int(rnd() * 20)) * DAY)
            ptx = self.point(c, p.rp, 'S') or pt
            row2, _, _ = self.reg(c, p, ts2, 'STORE' if ptx and ptx.kind == 'S'
                                  else ch, ptx, nat=nat, sty=sty,
                                  sim=self.sim_one(c) if rnd() < 0.2 else None)
            if not self.emit('clerical_typo', [row_h, row2]):
                return
        else:
            if not self.emit('clerical_typo', [row]):
                return
        if rnd() < 0.3:
            c2 = self.carrier_for(p.rp)
            ch2, pt2 = self.channel_point(c2, p.rp)
            self.one('clerical_typo', c2, p, self.ts_window(), ch2, pt2)

    def c_student_booth(self):
        rnd = self.rnd
        prov = self.R.choice(UNIVERSITY)
        c = self.BIG3W.pick(rnd)
        pt = self.point(c, prov, 'M')
        n = 60 + int(rnd() * 340)
        d0 = self.day_window()
        src = self.BIRTH_N if PREGION[prov] in NORTH_REG else self.BIRTH_S
        for _ in range(n):
            p = self.person(rp=prov, age=(18, 21), bp=src.pick(rnd)
                            if rnd() < 0.8 else None)
            ts = self.ts_days(d0, d0 + int(rnd() * 3), 'office')
            row, _, _ = self.reg(c, p, ts, 'STORE', pt, use='heavy')
            if not self.emit('student_booth', [row]):
                return
            if rnd() < 0.25:
                row, _, _ = self.reg(c, p, ts + 40 + int(rnd() * 120), 'STORE',
                                     pt, use='data')
                if not self.emit('student_booth', [row]):
                    return

    def c_migrant_workers(self):
        rnd = self.rnd
        prov = self.R.choice(INDUSTRIAL)
        c = self.carrier_for(prov)
        if c not in BIG3:
            c = 'VIETTEL'
        gate = rnd() < 0.35
        pt = self.point(c, prov, 'M' if gate else 'A', weighted=True)
        n = 40 + int(rnd() * 260)
        t = TET[int(rnd() * 2)] + 6 + int(rnd() * 10)
        d0 = t if self.start <= t <= self.end - 10 else self.day_window()
        for _ in range(n):
            bp = self.SENDING.pick(rnd)
            p = self.person(rp=prov, bp=bp, age=(18, 36),
                            g='F' if rnd() < 0.68 else 'M',
                            phone_tacs=self.TAC_FEAT if rnd() < 0.2 else None)
            ts = self.ts_days(d0, d0 + 2 + int(rnd() * 9))
            if rnd() < 0.5:
                ts = ts // DAY * DAY + 17 * 3600 + int(rnd() * 4 * 3600)
            row, _, _ = self.reg(c, p, ts, 'STORE' if gate else 'AGENT', pt,
                                 use='worker', fm_mu=0.87)
            if not self.emit('migrant_workers', [row]):
                return

    def foreigner(self):
        rnd = self.rnd
        R = self.R
        nat = self.FOREIGN.pick(rnd)
        w, surs, givs, fmt, order = FOREIGN[nat]
        sur = R.choice(surs.split())
        giv = R.choice(givs.split('|'))
        name = sur + ' ' + giv if order == 'SG' else giv + ' ' + sur
        pn = ''
        i = 0
        while i < len(fmt):
            ch = fmt[i]
            if ch in 'DL' and i + 1 < len(fmt) and fmt[i + 1].isdigit():
                j = i + 1
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
                k = int(fmt[i + 1:j])
                if ch == 'D':
                    pn += ''.join(str(int(rnd() * 10)) for _ in range(k))
                else:
                    pn += ''.join(chr(65 + int(rnd() * 26)) for _ in range(k))
                i = j
            elif ch.isdigit():
                j = i
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
                k = int(fmt[i:j])
                pn += ''.join(str(int(rnd() * 10)) for _ in range(k))
                i = j
            elif ch == 'L':
                pn += chr(65 + int(rnd() * 26))
                i += 1
            else:
                pn += ch
                i += 1
        p = P()
        a = 20 + int(rnd() * 50)
        p.dob = self.end - int((a + rnd()) * 365.2425)
        p.yob = date.fromordinal(p.dob).year
        p.g = 'M' if rnd() < 0.55 else 'F'
        p.name = name
        p.sur = sur
        p.idt = 'PASSPORT'
        p.idn = pn
        p.bp = ''
        p.rp = ''
        p.face = R.getrandbits(64)
        p.phone = self.imei()
        p.nat = nat
        return p

    def c_tourist_passport(self):
        rnd = self.rnd
        prov = self.R.choice(AIRPORTS)
        c = self.BIG3W.pick(rnd)
        pt = self.point(c, prov, 'S')
        n = 30 + int(rnd() * 300)
        d0 = self.day_window()
        ts = d0 * DAY + self.tod('shop')
        for _ in range(n):
            if rnd() < 0.08:
                ts += 3600 * (1 + int(rnd() * 20))
            ts += 20 + int(rnd() * 400)
            if rnd() < 0.1:
                # overseas Vietnamese with a VN passport
                p = self.person(age=(20, 70))
                p.idt = 'PASSPORT'
                p.idn = self.R.choice('CNPBK') + '%07d' % int(rnd() * 1e7)
                nm = strip_dia(p.name).upper() if rnd() < 0.5 else None
                pdbk = 'real'
            else:
                p = self.foreigner()
                nm = None
                pdbk = 'foreign'
            p.rp = prov
            st = 'TERMINATED' if rnd() < 0.3 else 'ACTIVE'
            row, _, _ = self.reg(c, p, ts, 'STORE', pt, name=nm, pdbk=pdbk,
                                 use='tourist', st=st, fu=p.phone,
                                 prov=prov if rnd() < 0.7 else '')
            if not self.emit('tourist_passport', [row]):
                return
            if rnd() < 0.06:
                row, _, _ = self.reg(c, p, ts + 60, 'STORE', pt, name=nm,
                                     pdbk=pdbk, use='data', st=st)
                if not self.emit('tourist_passport', [row]):
                    return

    def c_elderly_assisted(self):
        rnd = self.rnd
        old = self.person(age=(72, 96))
        c = self.carrier_for(old.rp)
        ch, pt = self.channel_point(c, old.rp, 'STORE' if rnd() < 0.6
                                    else 'AGENT')
        ts = self.ts_window()
        if rnd() < 0.25:
            # grandchild registers own SIM first, then grandparent's; the
            # clerk sometimes captures the grandchild's face for both
            kid = self.person(rp=old.rp, age=(18, 40))
            if not self.one('elderly_assisted', c, kid, ts - 300, ch, pt):
                return
            if rnd() < 0.4:
                self.one('elderly_assisted', c, old, ts, ch, pt, face=kid.face,
                         fm_mu=0.42, fm_sd=0.1, use='light',
                         fu=self.imei(self.TAC_FEAT),
                         st=self.status_for('legit', ts))
                return
        self.one('elderly_assisted', c, old, ts, ch, pt, fm_mu=0.66, fm_sd=0.1,
                 use='light' if rnd() < 0.8 else 'backup',
                 fu=self.imei(self.TAC_FEAT),
                 st=self.status_for('unaware' if rnd() < 0.3 else 'legit', ts))

    def c_number_recycled(self):
        rnd = self.rnd
        prov = self.RES.pick(rnd)
        c = self.carrier_for(prov)
        old = self.person(rp=self.RES.pick(rnd),
                          idt='CMND' if rnd() < 0.4 else 'CCCD')
        ch0, pt0 = self.channel_point(c, old.rp, 'AGENT')
        ts0 = self.ts_hist(2015, 2022)
        r0, nat, sty = self.reg(c, old, ts0, ch0, pt0, st='TERMINATED',
                                hist=True)
        rows = [r0]
        new = self.person(rp=prov)
        ch, pt = self.channel_point(c, prov)
        ts = self.ts_window(self.ch_tod(ch))
        r1, _, _ = self.reg(c, new, ts, ch, pt, nat=nat, sty=sty)
        rows.append(r1)
        self.emit('number_recycled', rows)

    def c_ownership_transfer(self):
        rnd = self.rnd
        prov = self.RES.pick(rnd)
        c = self.carrier_for(prov)
        parent = self.person(rp=prov, age=(55, 80),
                             idt='CMND' if rnd() < 0.6 else 'CCCD')
        child = self.person(rp=prov, age=(18, 40), sur=parent.sur
                            if parent.g == 'M' else None)
        ch0, pt0 = self.channel_point(c, prov, 'AGENT')
        ts0 = self.ts_hist(2010, 2021)
        sim = self.sim_one(c)
        r0, nat, sty = self.reg(c, parent, ts0, ch0, pt0, sim=sim, hist=True)
        pt = self.point(c, prov, 'S') or self.point(c, prov, 'A')
        ts = self.ts_window('shop')
        r1, _, _ = self.reg(c, child, ts, 'STORE' if pt.kind == 'S' else
                            'AGENT', pt, nat=nat, sty=sty,
                            sim=sim if rnd() < 0.6 else self.sim_one(c))
        self.emit('ownership_transfer', [r0, r1])

    def c_sim_replacement(self):
        rnd = self.rnd
        p = self.person(age=(20, 70))
        c = self.carrier_for(p.rp)
        ch0, pt0 = self.channel_point(c, p.rp)
        ts0 = self.ts_hist(2019, 2024, self.ch_tod(ch0))
        r0, nat, sty = self.reg(c, p, ts0, ch0, pt0, hist=True)
        p.phone = self.imei()
        prov = p.rp if rnd() < 0.85 else self.RES.pick(rnd)
        pt = self.point(c, prov, 'S') or self.point(c, prov, 'A')
        ts = self.ts_window('shop')
        r1, _, _ = self.reg(c, p, ts, 'STORE' if pt.kind == 'S' else 'AGENT',
                            pt, nat=nat, sty=sty, sim=self.sim_one(c),
                            fu=p.phone)
        self.emit('sim_replacement', [r0, r1])

    def c_legacy_cmnd(self):
        rnd = self.rnd
        p = self.person(age=(30, 80), idt='CMND')
        c = self.carrier_for(p.rp)
        ch0, pt0 = self.channel_point(c, p.rp, 'AGENT')
        ts0 = self.ts_hist(2014, 2021)
        if rnd() < 0.55:
            # still on the old card (single, old row)
            st = 'ACTIVE'
            if self.c08:
                st = 'ONE_WAY_LOCKED' if rnd() < 0.7 else 'ACTIVE'
            row, _, _ = self.reg(c, p, ts0, ch0, pt0, st=st,
                                 use='normal')
            self.emit('legacy_cmnd', [row])
            return
        sim = self.sim_one(c)
        r0, nat, sty = self.reg(c, p, ts0, ch0, pt0, sim=sim, hist=True)
        p.idt = 'CCCD'
        p.idn = self.cccd(p.bp, p.g, p.yob)
        ch, pt = self.channel_point(c, p.rp)
        ts = self.ts_window(self.ch_tod(ch))
        r1, _, _ = self.reg(c, p, ts, ch, pt, nat=nat, sty=sty,
                            sim=sim if rnd() < 0.7 else None)
        if self.emit('legacy_cmnd', [r0, r1]) and rnd() < 0.15:
            self.c_cmnd_collision()

    def c_cmnd_collision(self):
        """two genuine people holding the same CMND number (documented
        BR-VT / Dong Nai double issue 271450001-271500000)."""
        rnd = self.rnd
        num = '%09d' % (271450001 + int(rnd() * 50000))
        for prov in ('077', '075'):
            p = self.person(rp=prov, age=(40, 75), bp=prov, idt='CMND')
            p.idn = num
            c = self.carrier_for(prov)
            ch, pt = self.channel_point(c, prov, 'AGENT')
            ts = self.ts_hist(2014, 2021)
            if not self.one('cmnd_collision', c, p, ts, ch, pt,
                            st='ONE_WAY_LOCKED' if self.c08 and rnd() < 0.6
                            else 'ACTIVE'):
                return

    def c_twins(self):
        rnd = self.rnd
        a = self.person(age=(14, 40))
        b = self.person(rp=a.rp, bp=a.bp, sur=a.sur,
                        g=a.g if rnd() < 0.6 else ('F' if a.g == 'M' else 'M'))
        b.dob, b.yob = a.dob, a.yob
        b.idn = self.cccd(b.bp, b.g, b.yob)
        b.face = self.flip(a.face, 5 + int(rnd() * 8))
        c = self.carrier_for(a.rp)
        ch, pt = self.channel_point(c, a.rp)
        ts = self.ts_window(self.ch_tod(ch))
        dev = a.phone if ch == 'EKYC_APP' else None
        for m in (a, b):
            ts += 60 + int(rnd() * 300)
            if not self.one('twins', c, m, ts, ch, pt, dev=dev,
                            use='heavy' if a.yob > 2000 else 'normal'):
                return

    def c_rural_mobile_van(self):
        rnd = self.rnd
        prov = self.R.choice(MOUNTAIN_VAN)
        c = 'VIETTEL' if rnd() < 0.7 else self.BIG3W.pick(rnd)
        pt = self.point(c, prov, 'M')
        n = 30 + int(rnd() * 170)
        d0 = self.day_window()
        eth = 'hmong' if prov in HMONG_PROV else 'ede' if \
            prov in HIGHLAND_PROV else 'tay'
        for _ in range(n):
            p = self.person(rp=prov, bp=prov, eth=eth if rnd() < 0.75 else '',
                            age=(16, 85), phone_tacs=self.TAC_FEAT)
            ts = self.ts_days(d0, d0 + int(rnd() * 2), 'office')
            nm = None
            if rnd() < 0.1:
                nm = strip_dia(p.name)
            pdbk = 'typo' if rnd() < 0.08 else 'real'
            row, _, _ = self.reg(c, p, ts, 'STORE', pt, fm_mu=0.78, fm_sd=0.09,
                                 name=nm, pdbk=pdbk, use='light')
            if not self.emit('rural_mobile_van', [row]):
                return

    def c_parent_for_child(self):
        rnd = self.rnd
        parent = self.person(age=(30, 50))
        if rnd() < 0.6:
            if not self.g_owner_sim(parent):
                return
        c = self.carrier_for(parent.rp)
        ch, pt = self.channel_point(c, parent.rp,
                                    'EKYC_APP' if rnd() < 0.4 else 'STORE')
        ts = self.ts_window(self.ch_tod(ch))
        for _ in range(1 + (rnd() < 0.25)):
            ts += 120 + int(rnd() * 600)
            if not self.one('parent_for_child', c, parent, ts, ch, pt,
                            use='kid'):
                return

    # =====================================================================
    def run(self):
        N = self.N
        sc = self.scn
        rnd = self.rnd
        plan = []
        fw = sc['fw']
        ftot = sum(fw[k] for k in FRAUD_CATS)
        for k in FRAUD_CATS:
            plan.append(('f', k, int(round(N * sc['fraud'] * fw[k] / ftot))))
        cw = sc['cw']
        ctot = sum(cw[k] for k in CONF_CATS)
        for k in CONF_CATS:
            plan.append(('c', k, int(round(N * sc['conf'] * cw[k] / ctot))))
        used = 0
        for kind, k, tgt in plan:
            tgt = min(tgt, N - used)
            if tgt <= 0:
                continue
            self.left = tgt
            fn = getattr(self, ('f_' if kind == 'f' else 'c_') + k)
            guard = 0
            while self.left > 0:
                before = self.left
                if kind == 'f':
                    fn(rnd() < self.stealth)
                else:
                    fn()
                if self.left == before:
                    guard += 1
                    if guard > 50:
                        break
            used += tgt - self.left
        self.left = N - used
        while self.left > 0:
            self.g_normal()
        assert len(self.lines) == N, (len(self.lines), N)

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.R.shuffle(self.lines)
        with open(os.path.join(out, 'batch.csv'), 'w', encoding='utf-8',
                  newline='') as f:
            f.write(','.join(HEADER) + '\r\n')
            buf = []
            for ln in self.lines:
                buf.append(ln)
                if len(buf) >= 20000:
                    f.write('\r\n'.join(buf) + '\r\n')
                    buf = []
            if buf:
                f.write('\r\n'.join(buf) + '\r\n')
        self.labels.sort()
        with open(os.path.join(out, 'labels.csv'), 'w', encoding='utf-8',
                  newline='') as f:
            f.write('carrier,msisdn,junk,non_owner,pattern\r\n')
            if self.labels:
                f.write('\r\n'.join(self.labels) + '\r\n')

    def print_stats(self):
        tot = max(1, self.N)
        fr = sum(v[1] for k, v in self.stats.items() if any(PATTERNS[k]))
        w = sys.stderr.write
        w('rows=%d subscriptions=%d fraud_rows=%d (%.2f%%) legit_rows=%d '
          '(%.2f%%)\n' % (self.N, len(self.labels), fr, 100.0 * fr / tot,
                          self.N - fr, 100.0 * (self.N - fr) / tot))
        for k in sorted(self.stats):
            s, r = self.stats[k]
            w('  %-20s %s subs=%7d rows=%7d (%.2f%%)\n' % (
                k, '%d%d' % PATTERNS[k], s, r, 100.0 * r / tot))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int)
    ap.add_argument('--seed', default='0')
    ap.add_argument('--scenario', default='national_default')
    ap.add_argument('--out')
    ap.add_argument('--list-scenarios', action='store_true')
    ap.add_argument('--stats', action='store_true')
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k, v in SCENARIOS.items():
            print('%-18s %s' % (k, v['desc']))
        return 0
    if a.rows is None or a.out is None:
        ap.error('--rows and --out are required')
    if a.rows < 0:
        ap.error('--rows must be >= 0')
    if a.scenario not in SCENARIOS:
        ap.error('unknown scenario %r (see --list-scenarios)' % a.scenario)
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    if a.stats:
        g.print_stats()
    return 0


if __name__ == '__main__':
    sys.exit(main())
