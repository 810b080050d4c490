import type { Block } from '../kit/blocks.js';
import { bold, bullets, h2, p, table } from '../kit/blocks.js';
import { prose } from '../kit/prose.js';
import { renderProse } from '../kit/render.js';
import { makeRng } from '../kit/rng.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { EvalDoc } from '../kit/world.js';
import { PROPRIETARY_NOTICE, W } from '../kit/world.js';

const title = (text: string): Block => ({ t: 'title', text });
const sub = (text: string): Block => ({ t: 'subtitle', text });

/** Look-alikes from the CSP's world that are none of the FedRAMP deliverables. */
export async function buildUnknown(): Promise<EvalDoc[]> {
  const rng = makeRng(4255);
  const out: EvalDoc[] = [];

  out.push({
    file: 'TCP_Hardware_Division_rev4.docx',
    expected: 'UNKNOWN',
    note: 'ITAR Technology Control Plan for the Hardware Division (export-controlled payload data): an export-compliance document, not a FedRAMP deliverable.',
    data: await renderProse('docx', prose(rng, {
      cover: [title('Technology Control Plan (TCP)'), sub('Hardware Division — ITAR/EAR Controlled Technical Data'), sub(W.csp)],
      version: '4.0', date: '01/06/2026', approvers: [[W.exportOfficer, 'Empowered Official / Export Compliance Officer'], ['Gregory Lind', 'President']],
      sections: [
        { h: 'Purpose', body: ['This Technology Control Plan establishes the measures Meridian Orbital uses to prevent unauthorized export of defense articles and technical data controlled under the International Traffic in Arms Regulations (22 CFR 120-130) and of technology controlled under the Export Administration Regulations, including to foreign persons in the United States (deemed exports).'] },
        { h: 'Scope', body: ['Applies to the satellite payload test benches, focal-plane electronics designs, ground-station antenna control firmware and related drawings held by the Hardware Division. The GeoWatch cloud service does not store ITAR technical data and is outside the scope of this plan.'] },
        { h: 'Physical Security', body: ['Controlled areas (Building B labs) use badge access with visitor escort; foreign-national visitors require a visit authorization reviewed by the Export Compliance Officer 10 days in advance. Drawings are kept in locked cabinets when not in use.'] },
        { h: 'Information Security', body: ['ITAR technical data resides only on the segregated engineering enclave; file shares are restricted to screened U.S. persons. E-mail transmission of technical data requires encryption and an export review stamp.'] },
        { h: 'Personnel Screening and Training', body: ['Employees are screened for U.S. person status before access; all Hardware Division staff complete annual export-control training and sign the TCP briefing acknowledgment.'] },
        { h: 'Licences and Agreements', body: [table([['Authorization', 'Number', 'Expiry'], ['DSP-5 (payload electronics to UK partner)', '050123456', '2027-05-31'], ['TAA (ground segment integration)', 'TA-1234-25', '2028-01-15']])] },
        { h: 'Violations and Voluntary Disclosure', body: ['Suspected violations are reported to the Empowered Official immediately; the company will consider voluntary disclosure to DDTC under 22 CFR 127.12.'] },
      ],
    }), { header: 'EXPORT CONTROLLED — ITAR', footer: PROPRIETARY_NOTICE, meta: { title: 'TCP', creator: W.exportOfficer } }),
  });

  out.push({
    file: 'ECCN_determination_FPA-200.pdf',
    expected: 'UNKNOWN',
    note: 'Export classification (ECCN) determination memo for a focal-plane array board: export compliance, not a FedRAMP deliverable.',
    data: await renderProse('pdf', [
      p('MEMORANDUM — EXPORT CLASSIFICATION DETERMINATION'), p(`To: Product file FPA-200 | From: ${W.exportOfficer}, Export Compliance | Date: 02/03/2026`),
      bold('Subject: Commodity jurisdiction and ECCN for FPA-200 focal plane readout board'),
      h2('1. Item Description'), p('The FPA-200 is a readout integrated circuit carrier board for a multispectral push-broom imager with 7 bands (450-900 nm), 12-bit digitization, and a line rate of 20 kHz. It is designed for small satellite payloads.'),
      h2('2. Jurisdiction'), p('The item is not enumerated in USML Category XV(e) because it is not specially designed for a spacecraft listed in XV(a) and does not meet the release criteria of 120.41(b). Jurisdiction: Commerce (EAR).'),
      h2('3. Classification'), table([['Criterion', 'Analysis', 'Result'], ['6A002 focal plane arrays', 'Non-space-qualified silicon FPA response range < 900 nm', 'Not 6A002.a.3'], ['9A515.x', 'Specially designed part for spacecraft in 9A515.a', 'Yes'], ['Result', '', 'ECCN 9A515.x; reasons for control NS1, RS1, AT1']]),
      h2('4. Licence Requirements'), p('Licence required for all destinations except Canada; License Exception STA may be available for Country Group A:5 with prior consignee statement.'),
      p('This determination is internal and may be updated if the design changes. Retain for five years per 15 CFR 762.'),
    ], { header: 'EXPORT CONTROLLED — EAR', meta: { title: 'ECCN Determination' } }),
  });

  out.push({
    file: 'Imagery_Licence_Agreement_USDA.docx',
    expected: 'UNKNOWN',
    note: 'Commercial imagery end-user licence agreement (usage rights, redistribution, attribution) between the company and an agency: a contract, not a deliverable.',
    data: await renderProse('docx', [
      title('Imagery End User License Agreement'), p(`between ${W.csp} ("Licensor") and ${W.agency} ("Licensee")`), p('Agreement No. MOA-EULA-2026-014 — Effective March 1, 2026'),
      h2('1. Definitions'), p('"Imagery" means satellite image data, including raw, Level-1 and orthorectified products, delivered by the Licensor. "Derived Product" means any product created from Imagery where the original pixel values cannot be reverse-engineered, such as change polygons or classification maps.'),
      h2('2. Grant of License'), p('Licensor grants Licensee a non-exclusive, non-transferable, perpetual license to use the Imagery for internal government purposes, including sharing with other U.S. federal agencies and their contractors under the U.S. Government Enterprise License tier.'),
      h2('3. Restrictions'), bullets('No resale or public posting of full-resolution Imagery.', 'Public release of Derived Products is permitted with attribution: "Contains imagery (c) Meridian Orbital 2026".', 'No use to train commercial models without written consent.'),
      h2('4. Fees and Payment'), p('Fees are set out in the task order. Area-based pricing applies per km2 of tasked collection; archive imagery is priced per scene.'),
      h2('5. Warranty; Limitation of Liability'), p('Imagery is provided as is. Licensor\u2019s liability is limited to the fees paid in the preceding 12 months.'),
      h2('6. Governing Law'), p('This Agreement is governed by federal law, including the Contract Disputes Act.'),
      table([['For Licensor', 'For Licensee'], [`${W.counsel}, General Counsel`, 'Contracting Officer, USDA FS'], ['Date:', 'Date:']]),
    ], { meta: { title: 'EULA', creator: W.counsel } }),
  });

  out.push({
    file: 'noaa-license-conditions.md',
    expected: 'UNKNOWN',
    note: 'Summary of NOAA commercial remote sensing licence conditions (15 CFR 960) for the constellation: regulatory licence summary, not a FedRAMP laws/regulations attachment.',
    data: [
      '# NOAA Commercial Remote Sensing License — Condition Summary',
      '', `Licensee: ${W.csp}  `, 'License: NOAA CRSRA License 23-0057 (Tier 2), issued under 51 U.S.C. 60121 and 15 CFR Part 960  ', 'Prepared by: Regulatory Affairs, 2026-01-19', '',
      '## Standard conditions', '', '| Condition | Summary | Owner | Evidence |', '|---|---|---|---|',
      '| 960.9(b) Data protection | Maintain positive control of the spacecraft; encrypt TT&C links | Ground Ops | Link encryption test report |',
      '| 960.9(c) Disposal | Dispose of spacecraft per end-of-life plan within 25 years | Mission Ops | EOL plan |',
      '| 960.9(d) Notification | Notify NOAA CRSRA of deviations, agreements with foreign parties, and anomalies within 14 days | Regulatory | Notifications log |',
      '| 960.9(e) Annual compliance report | Submit by 31 January each year | Regulatory | Filed 2026-01-28 |',
      '', '## Temporary conditions', '', '- Tier 2 temporary condition: limit on imaging of specific locations when directed by the Secretary; operators must be able to comply within 24 hours.', '- Shortwave infrared band resolution restriction expires 2027-06-30.', '',
      '## Open actions', '', '1. File notification for the new Svalbard ground station agreement (due 2026-02-02).', '2. Update the data policy on the website to mention the NOAA license number.', '',
      '_Note: this summary is for internal tracking; the license text controls._', '',
    ].join('\n'),
  });

  out.push({
    file: 'site-survey-fairbanks-gs2.pdf',
    expected: 'UNKNOWN',
    note: 'Ground-station site survey report (RF environment, power, security fencing) for an antenna site: engineering document, not a deliverable.',
    data: await renderProse('pdf', prose(rng, {
      cover: [title('Ground Station Site Survey Report'), sub('Fairbanks GS-2 (7.3 m S/X-band antenna)'), sub(`${W.groundOps}, Ground Segment Engineering`)],
      version: '1.0', date: '09/22/2025', notice: PROPRIETARY_NOTICE,
      sections: [
        { h: 'Site Description', body: ['The proposed site is a leased 0.4-hectare parcel 14 km northeast of Fairbanks, AK (64.97 N, 147.51 W, 190 m elevation), adjacent to an existing teleport. Access by gravel road, maintained year-round.'] },
        { h: 'Horizon Mask and RF Environment', body: ['Horizon mask below 3 degrees elevation in all azimuths except 210-240 degrees (ridge, 5 degrees). Spectrum sweep 2200-2300 MHz and 8025-8400 MHz showed no interference above -110 dBm; one intermittent emitter at 2245 MHz was traced to a telemetry link at the neighbouring teleport and coordinated.'] },
        { h: 'Power and Connectivity', body: ['Utility 3-phase 208 V with 60 kVA available; 100 kVA diesel generator with 72-hour tank recommended. Two diverse fibre paths (10 Gb/s) from the teleport meet-me room.'] },
        { h: 'Physical Security', body: ['Perimeter fence 2.4 m with barbed wire, gate access control, CCTV with 30-day retention, and intrusion alarms monitored by the teleport NOC.'] },
        { h: 'Civil Works and Foundation', body: ['Geotechnical bore shows discontinuous permafrost at 2.5 m; thermosyphon piles recommended for the antenna pedestal foundation.'] },
        { h: 'Recommendation', body: ['Site is suitable. Proceed to lease execution and foundation design. Estimated ready-for-service date: 2026-07.'] },
      ],
    }), { headings: 'bold', meta: { title: 'Site Survey' } }),
  });

  const stac = { type: 'Catalog', id: 'geowatch-usfs', stac_version: '1.0.0', description: `${W.cso} catalog for ${W.agencyShort}: analysis-ready imagery, mosaics and change products for national forests.`, title: 'GeoWatch USFS Catalog', links: [
    { rel: 'self', href: 'https://stac.geowatch.meridianorbital.example/v1/catalog.json', type: 'application/json' },
    { rel: 'root', href: './catalog.json', type: 'application/json' },
    { rel: 'child', href: './collections/mo-ard-8band/collection.json', type: 'application/json', title: 'Meridian ARD 8-band (50 cm)' },
    { rel: 'child', href: './collections/change-polygons/collection.json', type: 'application/json', title: 'Change detection polygons' },
    { rel: 'child', href: './collections/fire-season-mosaics-2025/collection.json', type: 'application/json', title: 'Fire season mosaics 2025' },
  ], conformsTo: ['https://api.stacspec.org/v1.0.0/core', 'https://api.stacspec.org/v1.0.0/item-search'], stac_extensions: ['https://stac-extensions.github.io/eo/v1.1.0/schema.json'], 'mgw:license_tier': 'US Government Enterprise', 'mgw:tenant': 'usda-fs' };
  out.push({ file: 'catalog.json', expected: 'UNKNOWN', note: 'STAC catalog JSON (root catalog with child collections) from the imagery service: product data, not a deliverable.', data: JSON.stringify(stac, null, 2) });

  const aoi = { type: 'FeatureCollection', name: 'deschutes_nf_monitoring_aois', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }, features: [
    { type: 'Feature', properties: { aoi_id: 'DNF-001', name: 'Cascade Lakes burn scar', revisit_days: 7, cloud_max: 20, requester: 'USFS Region 6' }, geometry: { type: 'Polygon', coordinates: [[[-121.82, 43.95], [-121.71, 43.95], [-121.71, 44.04], [-121.82, 44.04], [-121.82, 43.95]]] } },
    { type: 'Feature', properties: { aoi_id: 'DNF-002', name: 'Metolius timber sale units', revisit_days: 14, cloud_max: 10, requester: 'USFS Region 6' }, geometry: { type: 'Polygon', coordinates: [[[-121.66, 44.45], [-121.55, 44.45], [-121.55, 44.52], [-121.66, 44.52], [-121.66, 44.45]]] } },
    { type: 'Feature', properties: { aoi_id: 'DNF-003', name: 'Newberry crater access road', revisit_days: 30, cloud_max: 30, requester: 'USFS Region 6' }, geometry: { type: 'LineString', coordinates: [[-121.36, 43.71], [-121.28, 43.72], [-121.23, 43.71]] } },
  ] };
  out.push({ file: 'aoi.geojson', expected: 'UNKNOWN', note: 'GeoJSON FeatureCollection of customer areas of interest for change monitoring: operational data, not a deliverable.', data: JSON.stringify(aoi) });

  out.push({
    file: 'Tasking_Request_R6-2026-031.xlsx',
    expected: 'UNKNOWN',
    note: 'Satellite tasking request form (collection window, AOI, off-nadir, priority) submitted by an agency: an operations order form, not a deliverable.',
    data: await renderXlsx([
      { name: 'Tasking Request', rows: [['SATELLITE TASKING REQUEST FORM'], ['Request ID', 'R6-2026-031'], ['Requesting Agency', W.agency], ['Requester', 'Sam Okafor, Region 6 Remote Sensing'], ['Priority', 'Priority 2 (wildfire pre-season)'], ['Collection Window Start (UTC)', '2026-04-01T00:00Z'], ['Collection Window End (UTC)', '2026-04-21T23:59Z'], ['AOI Reference', 'DNF-001, DNF-002 (aoi.geojson)'], ['Max Off-Nadir Angle (deg)', 25], ['Max Cloud Cover (%)', 15], ['Min Sun Elevation (deg)', 30], ['Product Level', 'ARD 8-band, orthorectified, COG'], ['Delivery', 'GeoWatch tenant usda-fs, STAC collection mo-ard-8band'], ['Licence Tier', 'US Government Enterprise'], ['Funding / Task Order', '12444626F0031'], ['Approved by (Agency COR)', ''], ['Accepted by (Mission Planning)', '']], boldRows: [1], widths: [34, 60] },
      { name: 'Passes', rows: [['Satellite', 'Pass start (UTC)', 'Off-nadir', 'Predicted cloud %'], ['MO-SAT-3', '2026-04-03T18:42Z', 12.4, 20], ['MO-SAT-5', '2026-04-06T19:05Z', 21.0, 10], ['MO-SAT-3', '2026-04-11T18:37Z', 7.9, 35]], boldRows: [1] },
    ], { title: 'Tasking Request' }),
  });

  const dq = ['scene_id,acquired_utc,satellite,cloud_cover_pct,snow_pct,rmse_geolocation_m,saturation_pct,bad_lines,radiometric_flag,qa_status,reviewer'];
  for (let i = 0; i < 24; i++) dq.push([`MO3_20260312_${String(184200 + i * 13)}`, `2026-03-12T18:${String(42 + (i % 10)).padStart(2, '0')}:0${i % 10}Z`, i % 2 ? 'MO-SAT-3' : 'MO-SAT-5', rng.int(0, 60), rng.int(0, 25), (rng.int(20, 95) / 10).toFixed(1), (rng.int(0, 30) / 10).toFixed(1), rng.int(0, 3), rng.pick(['OK', 'OK', 'OK', 'STRIPING', 'LOW_SNR']), rng.pick(['PASS', 'PASS', 'PASS', 'FAIL', 'REVIEW']), 'qa-bot'].join(','));
  out.push({ file: 'batch_2026-03-12_quality.csv', expected: 'UNKNOWN', note: 'Imagery batch data-quality report CSV (cloud cover, geolocation RMSE, radiometric flags per scene): product QA, not a scan export.', data: dq.join('\n') + '\n' });

  out.push({
    file: 'runbook-pass-anomaly.md',
    expected: 'UNKNOWN',
    note: 'Mission operations runbook for a missed downlink pass / spacecraft anomaly: an operational procedure, not the ISCP or IRP.',
    data: await renderProse('md', [
      title('MOPS-RB-014: Missed Downlink Pass / Spacecraft Safe-Mode Anomaly'),
      p('Owner: Mission Operations (on-call flight controller). Last reviewed 2026-02-10. Applies to MO-SAT-1 through MO-SAT-6.'),
      h2('Trigger'), p('Ground station reports AOS not achieved, or telemetry shows the spacecraft in SAFE mode (mode word 0x03) during a scheduled pass.'),
      h2('Immediate actions (first 10 minutes)'), bullets('Confirm antenna pointing and TLE age in the scheduler; re-upload the latest TLE if older than 48 h.', 'Check ground-station status page for RF or power faults.', 'If SAFE mode: do NOT command payload; verify battery state of charge and sun-pointing.', 'Page the spacecraft engineer on call.'),
      h2('Next pass'), p('Schedule a contingency pass at the next available station (Svalbard preferred). Prepare the recovery command sequence CSQ-REC-02 and have it peer-reviewed by a second controller before uplink.'),
      h2('Customer impact'), p('Notify the tasking desk: affected tasking requests move to the next feasible pass; customer notice if collection window is at risk. Imagery already in the archive is unaffected.'),
      h2('Close-out'), p('Log the anomaly in the Mission Anomaly Tracker with telemetry plots; if root cause is unknown after 72 h, convene an Anomaly Review Board.'),
    ]),
  });

  out.push({
    file: 'FCC_earth_station_E250117.txt',
    expected: 'UNKNOWN',
    note: 'FCC earth station spectrum licence grant summary (frequencies, emission designators, conditions): a spectrum licence, not a deliverable.',
    data: [
      'FEDERAL COMMUNICATIONS COMMISSION - SPACE BUREAU', 'EARTH STATION AUTHORIZATION - GRANT', '', `Licensee: ${W.csp}`, 'Call Sign: E250117   File No.: SES-LIC-20250402-00821', 'Grant Date: 2025-08-14   Expiration: 2040-08-14', 'Site: Fairbanks GS-2, 64-58-12.0 N, 147-30-36.0 W', 'Antenna: 7.3 m, max EIRP 78.2 dBW (S-band uplink)', '',
      'FREQUENCIES / EMISSIONS', '  2025.0-2110.0 MHz   Tx   1M00G1D   TT&C uplink', '  2200.0-2290.0 MHz   Rx   5M00G1D   TT&C downlink', '  8025.0-8400.0 MHz   Rx   300MG7D   Payload (EESS) downlink', '',
      'POINTS OF COMMUNICATION: MO-SAT-1 through MO-SAT-6 (NGSO, authorized under Part 25, EESS)', '',
      'SPECIAL CONDITIONS', '  1. Operations in 8025-8400 MHz shall not cause harmful interference to federal stations and are subject to coordination with NTIA.', '  2. Licensee shall maintain a point of contact available 24/7 to cease transmissions upon notice.', '  3. Radiofrequency radiation exposure limits of 47 CFR 1.1310 shall be met at the fence line.', '',
      'This authorization is subject to the Communications Act of 1934, as amended, and the Commission\u2019s rules.', '',
    ].join('\n'),
  });

  out.push({
    file: 'COI_launch_MO-SAT-7.pdf',
    expected: 'UNKNOWN',
    note: 'Certificate of insurance for launch and first-year in-orbit coverage of a satellite: insurance paperwork, not a deliverable.',
    data: await renderProse('pdf', [
      title('CERTIFICATE OF INSURANCE'), sub('Launch and In-Orbit Risks'),
      p('This certificate is issued as a matter of information only and confers no rights upon the certificate holder. It does not amend, extend or alter the coverage afforded by the policies below.'),
      table([['Insured', W.csp], ['Broker', 'Aldgate Space Risk Partners Ltd., London'], ['Certificate Holder', 'Tidewater Launch Services LLC (launch provider)'], ['Date Issued', '03/04/2026']], false),
      h2('Coverages'), table([['Type', 'Policy Number', 'Period', 'Limit'], ['Launch + 1 year in-orbit (MO-SAT-7)', 'SPX-26-00417', 'Intentional ignition to L+365 days', 'USD 38,000,000'], ['Third-Party Liability (launch)', 'TPL-26-1190', 'Launch + 30 days', 'USD 100,000,000'], ['Ground Segment Property', 'PRP-25-7731', '01/01/2026-12/31/2026', 'USD 6,500,000']]),
      h2('Additional Insured / Waiver of Subrogation'), p('The launch provider and its contractors and subcontractors are named as additional insureds under the third-party liability policy; cross-waiver of liability per the launch services agreement.'),
      p('Authorized Representative: Fiona Marsh, Aldgate Space Risk Partners'),
    ], { meta: { title: 'COI' } }),
  });

  out.push({
    file: 'SOC2_bridge_letter_Q1-2026.docx',
    expected: 'UNKNOWN',
    note: 'SOC 2 Type II bridge letter from management covering the gap after the audit period: another framework\'s attestation, not a FedRAMP deliverable.',
    data: await renderProse('docx', [
      p(W.csp), p(W.address), p('April 2, 2026'), p('To our customers and their auditors:'),
      bold('Re: SOC 2 Type II Bridge Letter (Gap Letter) — Meridian GeoWatch'),
      p('Meridian Orbital Analytics, Inc. engaged an independent service auditor to examine the controls of the GeoWatch platform relevant to the Security, Availability and Confidentiality Trust Services Criteria for the period January 1, 2025 through December 31, 2025. The SOC 2 Type II report was issued on February 20, 2026 with an unqualified opinion.'),
      p('This letter covers the period January 1, 2026 through March 31, 2026 (the bridge period). Management confirms that, to the best of its knowledge: (1) there have been no material changes to the system description or the internal control environment; (2) we are not aware of any material control failures or security incidents; (3) the next SOC 2 Type II examination covering calendar 2026 is scheduled and will be issued by February 2027.'),
      p('This letter is not a substitute for the SOC 2 report and is not an attestation of an independent auditor.'),
      p('Sincerely,'), p(`${W.ciso}, Chief Information Security Officer`), p('Gregory Lind, President'),
    ], { meta: { title: 'Bridge Letter' } }),
  });

  out.push({
    file: 'RoE_corp_pentest_2026.docx',
    expected: 'UNKNOWN',
    note: 'Rules-of-engagement memo for an internal corporate-IT penetration test by a commercial firm (office network and Hardware Division enclave), not a 3PAO Security Assessment Plan.',
    data: await renderProse('docx', [
      p('MEMORANDUM'), table([['To', 'Redline Offensive Security (vendor)'], ['From', `${W.ciso}, CISO`], ['Date', '02/12/2026'], ['Subject', 'Rules of Engagement — 2026 Corporate Network Penetration Test']], false),
      h2('Purpose'), p('This memo authorizes Redline to perform a penetration test of the corporate IT environment (Boulder office network, VPN, Microsoft 365 tenant and the Hardware Division engineering enclave) under purchase order PO-26-118. The FedRAMP-authorized GeoWatch production environment is explicitly excluded; its assessments are performed separately by the 3PAO.'),
      h2('Authorized Activities'), bullets('External network scanning and exploitation of corporate IP ranges 203.0.113.0/26.', 'Phishing simulation against up to 40 employees (list provided by HR).', 'Physical tailgating attempt at Building B main entrance only, with letter of authorization on person.'),
      h2('Prohibited'), bullets('Any testing of GeoWatch production or AWS GovCloud accounts.', 'Access to ITAR technical data beyond proof of reach (screenshot of directory listing).', 'Denial of service, destructive payloads, or persistence beyond the test window.'),
      h2('Window and Contacts'), p('03/02/2026-03/13/2026. Emergency stop: CISO mobile 303-555-0101. Findings report due 03/27/2026 to the CISO only.'),
      p('Acknowledged by vendor: ____________________  Date: ________'),
    ], { headings: 'bold', meta: { title: 'RoE memo' } }),
  });

  out.push({
    file: 'Minutes_ConMon_2026-04-14.docx',
    expected: 'UNKNOWN',
    note: 'Minutes of the monthly continuous-monitoring meeting with the agency (attendees, discussion of POA&M and scans, action items): meeting minutes, not a deliverable.',
    data: await renderProse('docx', [
      title('Meeting Minutes'), p('GeoWatch Monthly Continuous Monitoring Meeting — April 14, 2026, 10:00-11:00 MT (Teams)'),
      bold('Attendees'), bullets(`${W.isso} (Meridian, ISSO)`, `${W.sre} (Meridian, SRE)`, 'Carla Jennings (USDA FS, ISSM)', 'Devon Price (BLM, ISSO)'),
      h2('1. March deliverables'), p('Marcus confirmed the March POA&M, scan files and inventory were uploaded to the repository on April 10. Carla noted two scan findings for the ingest hosts that are not yet on the POA&M; Meridian will add them in the April update.'),
      h2('2. Open POA&M items'), p('The High item for OpenSSL on ingest hosts was closed on March 28 after image rebuild. One Moderate item is at risk of missing its due date due to a vendor dependency on the GDAL release.'),
      h2('3. Planned changes'), p('Meridian previewed the ML inference service; BLM asked whether it constitutes a significant change. Meridian confirmed an SCR will be submitted before implementation.'),
      h2('Action items'), table([['#', 'Action', 'Owner', 'Due'], ['1', 'Add missing scan findings to POA&M', W.isso, '05/10'], ['2', 'Send vendor check-in evidence for GDAL', W.sre, '04/30'], ['3', 'Circulate draft SCR', W.isso, '04/24']]),
      p('Next meeting: May 12, 2026. Minutes taken by Lena Kowalczyk.'),
    ], { headings: 'bold', meta: { title: 'Minutes' } }),
  });

  out.push({
    file: 'Enterprise_Risk_Register_FY26.xlsx',
    expected: 'UNKNOWN',
    note: 'Enterprise risk register (business and operational risks with likelihood/impact scoring and owners): a corporate risk register, not a POA&M.',
    data: await renderXlsx([{ name: 'Risk Register', rows: [['Meridian Orbital — Enterprise Risk Register FY2026'], ['Risk ID', 'Category', 'Risk Description', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Owner', 'Treatment', 'Target Date', 'Trend'],
      ['ERR-01', 'Launch', 'MO-SAT-7 launch slip beyond Q3 delays revenue from the 30 cm product line', 3, 4, 12, 'COO', 'Mitigate: secondary rideshare manifest', '2026-06-30', 'Up'],
      ['ERR-02', 'Regulatory', 'NOAA temporary condition restricts SWIR product resolution', 2, 3, 6, 'Regulatory Affairs', 'Accept', '2027-06-30', 'Flat'],
      ['ERR-03', 'Export', 'Deemed export via foreign-national engineer access to payload data', 2, 5, 10, W.exportOfficer, 'Mitigate: TCP enforcement, training', '2026-03-31', 'Down'],
      ['ERR-04', 'Customer', 'Concentration: 41% of ARR from two agencies', 4, 4, 16, 'CRO', 'Mitigate: state and local pipeline', '2026-12-31', 'Flat'],
      ['ERR-05', 'Cyber', 'Ransomware on corporate IT disrupts billing', 2, 4, 8, W.ciso, 'Mitigate: immutable backups', '2026-09-30', 'Flat'],
      ['ERR-06', 'Supply', 'Single supplier for X-band transmitters', 3, 3, 9, 'Hardware VP', 'Mitigate: qualify second source', '2026-11-30', 'Up']], boldRows: [1, 2], widths: [8, 12, 60, 14, 12, 8, 18, 36, 12, 8] }], { title: 'ERM' }),
  });

  out.push({
    file: 'agency_security_questionnaire_DOI.xlsx',
    expected: 'UNKNOWN',
    note: 'Vendor security questionnaire (CAIQ-style yes/no answers) completed for a prospective agency customer: a questionnaire, not the CIS/CRM workbook.',
    data: await renderXlsx([{ name: 'Questionnaire', rows: [['Vendor Security Assessment Questionnaire — Department of the Interior Acquisition'], ['Vendor', W.csp, 'Product', W.cso], [], ['Question ID', 'Domain', 'Question', 'Answer (Yes/No/NA)', 'Vendor Comments'],
      ['Q-01', 'Governance', 'Does the vendor maintain an information security program approved by management?', 'Yes', 'ISMS aligned with NIST CSF; CISO reports to CEO.'],
      ['Q-02', 'Certifications', 'Does the offering hold a FedRAMP authorization?', 'Yes', 'Agency ATO (USDA FS), FedRAMP Moderate, in process with PMO.'],
      ['Q-03', 'Data', 'Is customer data stored only in the United States?', 'Yes', 'AWS GovCloud (US) regions only.'],
      ['Q-04', 'Encryption', 'Is data encrypted at rest with FIPS 140 validated modules?', 'Yes', 'AWS KMS.'],
      ['Q-05', 'Personnel', 'Are background checks performed on staff with production access?', 'Yes', 'Tier 1 equivalent; U.S. persons only.'],
      ['Q-06', 'Subprocessors', 'List subprocessors with access to customer data.', 'NA', 'AWS only.'],
      ['Q-07', 'Incident', 'Will the vendor notify the customer of incidents within 1 hour?', 'Yes', 'Per FedRAMP incident communications procedures.'],
      ['Q-08', 'Imagery', 'Can the agency redistribute derived products publicly?', 'Yes', 'Subject to the EULA attribution clause.']], boldRows: [1, 4], widths: [10, 14, 70, 16, 50] }], { title: 'Questionnaire' }),
  });

  out.push({
    file: 'board_update_Q1.txt',
    expected: 'UNKNOWN',
    note: 'Speaker notes of a quarterly board presentation (revenue, constellation status, FedRAMP progress): a board update, not a deliverable.',
    data: [
      'Q1 FY2026 BOARD OF DIRECTORS UPDATE - SPEAKER NOTES (CEO)', 'Meridian Orbital Analytics, Inc. - Board meeting 2026-04-22', '',
      'Slide 1 - Highlights', '  * ARR $41.8M (+38% YoY). Net revenue retention 121%.', '  * Two new federal logos: BLM (leveraging our agency ATO) and NOAA Fisheries pilot.', '',
      'Slide 2 - Constellation', '  * MO-SAT-6 commissioned in February; MO-SAT-7 launch now NET August (see risk ERR-01).', '  * Fairbanks GS-2 ground station ready for service in July; Svalbard agreement signed.', '',
      'Slide 3 - FedRAMP', '  * Agency ATO from USDA Forest Service expected June; 3PAO testing in April went well - one High finding already fixed.', '  * PMO review to follow; budget $1.2M for 2026 including ConMon staff.', '',
      'Slide 4 - Product', '  * Change detection v3 reduces false positives by 27% on forested AOIs.', '  * ML inference (vehicles/structures) in beta; needs an SCR with the agency before GA.', '',
      'Slide 5 - Asks of the board', '  * Approve $14M debt facility for MO-SAT-8/9.', '  * Approve FY26 equity refresh for engineering.', '',
    ].join('\n'),
  });
  return out;
}
