import type { DeliverableType, DocumentFormat } from '../domain/deliverables.js';

/**
 * What each deliverable looks like, as data: the phrases that name it (decisive in a title, on the
 * cover or in a heading), the phrases its body contains, and for workbooks and CSV the sheet names and
 * column headers of FedRAMP's templates. Matching is on content only; `fileHints` are weak.
 */
export interface Signature {
  readonly type: DeliverableType;
  /** Full names: case-insensitive, decisive where a document names itself. */
  readonly names: readonly RegExp[];
  /** Abbreviations: case-sensitive, counted only in a title, cover or heading. */
  readonly abbreviations?: readonly RegExp[];
  /** Phrases typical of the body. */
  readonly phrases?: readonly RegExp[];
  /** Workbook sheet names. */
  readonly sheets?: readonly RegExp[];
  /** Column headers (matched against whole cells of the first rows). */
  readonly headers?: readonly RegExp[];
  /** Formats it usually comes in. */
  readonly formats?: readonly DocumentFormat[];
  /** Weak hints from a file name. */
  readonly fileHints?: readonly RegExp[];
  /**
   * A layout typical of the type: a role × duty matrix (see layouts.ts), or a list of the package's
   * deliverables with check marks — the package checklist, even beside a submission statement.
   */
  readonly layout?: 'role-matrix' | 'checked-list';
  /** For deliverables written as letters: the operative sentence that says what the letter does. */
  readonly letterAct?: RegExp;
  /**
   * The letter's act is a decision (an authority to operate): announced for later ("intends to
   * grant", "will issue … upon completion") it is not made, and the letter is not the decision.
   */
  readonly letterActDecides?: boolean;
  /**
   * For a decision: the sentence of a letter that refuses it ("declines to grant an authority to
   * operate"). Besides this, an act that the letter states only negated ("I am not granting an ATO")
   * is a refusal too. A refusal is not the decision, whatever the letter is titled.
   */
  readonly letterRefusal?: RegExp;
  /**
   * A deliverable that legitimately enumerates others (the package checklist, the ATO letter, the SSP
   * with its attachment list, the SAP/SAR with what was assessed): when it names itself in its title,
   * the other names around it do not make it a document about the package.
   */
  readonly listsOthers?: boolean;
}

/** A phrase with flexible white space and punctuation between its words, case-insensitive. */
export function phrase(words: string): RegExp {
  const body = words
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/&/g, '(?:&|and)'))
    .join('[\\s\\-_/,:]+');
  return new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'i');
}

/** An abbreviation as a whole word, case-sensitive (SSP, SAR, POA&M). */
export function abbr(text: string): RegExp {
  const body = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`);
}

/** A header cell matched as a whole (after trimming), case-insensitive. */
export function header(text: string): RegExp {
  const body = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  return new RegExp(`^\\s*${body}\\s*[:*]?\\s*$`, 'i');
}

/**
 * The verb of a request and what may stand between it and its object: "we request", "Acme requests
 * the agency's", "is requesting your" (regular-expression source). A noun ("requests reviewed") is not
 * a request.
 */
const REQUEST = String.raw`(?:\b(?:we|I|hereby|respectfully|formally|(?:is|are) (?:hereby )?)\s+(?:request|seek|submit)(?:ing)?|\b(?:requests|seeks|submits|requesting|seeking|submitting))\s+(?:(?:that|the|your|its|our|an?|this|these|formal|written|agency'?s?|AO'?s?|authorizing official'?s?|FedRAMP|PMO)\s+){0,4}`;

const DOC: readonly DocumentFormat[] = ['docx', 'pdf', 'text', 'html'];
const SHEET: readonly DocumentFormat[] = ['xlsx', 'csv'];
const DOC_OR_SHEET: readonly DocumentFormat[] = [...DOC, ...SHEET];

export const SIGNATURES: readonly Signature[] = [
  {
    type: 'SSP',
    names: [/(?<![a-z0-9])system[\s\-_/,:]+security(?:[\s\-_/,:]+(?:and|&)[\s\-_/,:]+privacy)?[\s\-_/,:]+plan(?![a-z0-9])(?!\s*(?:\(SSP\)\s*)?(?:attachment|appendix|att\.))/i],
    abbreviations: [/(?<![A-Za-z0-9])SSP(?![A-Za-z0-9])(?!\s*(?:attachment|appendix|att\.))/],
    phrases: [
      phrase('system owner'),
      phrase('authorizing official'),
      /leveraged (fedramp[- ]authorized )?services/i,
      phrase('control implementation'),
      /implementation status/i,
      /control origination/i,
      /authori[sz]ation boundary/i,
      /security categori[sz]ation/i,
      /what is the solution and how is it implemented/i,
      /\b(?:AC|AU|CM|IA|SC|SI)-\d{1,2}\b/,
      /information system (name|owner)/i,
    ],
    formats: DOC,
    fileHints: [/\bssp\b/i, /system.?security.?plan/i],
    listsOthers: true,
  },
  {
    type: 'POLICIES_AND_PROCEDURES',
    names: [
      /\bpolic(?:y|ies)\s+(?:and|&)\s+procedures?\b/i,
      phrase('information security policy'),
      // Not the Content-Security-Policy header a web scanner reports, nor a "web security policy mechanism".
      /(?<!\b(?:content|web|same[\s-]origin)[\s-]+)\bsecurity polic(?:y|ies)(?: handbook| manual| framework)?\b(?![\s-]*(?:\(CSP\)|header|mechanism|directive|violation))/i,
      /\b(?:access control|awareness and training|audit and accountability|identification and authentication|media protection|personnel security|physical and environmental protection|system and communications protection|system and information integrity|risk assessment|planning) polic(?:y|ies)\b/i,
    ],
    phrases: [
      phrase('management commitment'),
      phrase('roles and responsibilities'),
      /review(?:ed)? (?:and updated )?(?:at least )?annually/i,
      phrase('purpose'),
      phrase('scope'),
      phrase('compliance'),
      /policy (?:statement|owner|exceptions?)/i,
    ],
    formats: DOC,
    fileHints: [/polic/i, /procedure/i],
  },
  {
    type: 'USER_GUIDE',
    names: [
      /\buser'?s?\s+(?:guide|manual|handbook)\b/i,
      /\badmin(?:istrator|istration)?'?s?\s+(?:guide|manual|handbook)\b/i,
      /\b(?:quick ?start|onboarding|customer onboarding|end[- ]user|product|reference) (?:guide|manual)\b/i,
      phrase('customer guide'),
      /\b(?:getting started|operator'?s?|configuration) guide\b/i,
    ],
    phrases: [/\bclick\b/i, /\blog ?in\b/i, /\bnavigate\b/i, /\bdashboard\b/i, phrase('getting started'), /\bsettings\b/i, /\bmenu\b/i],
    formats: DOC,
    fileHints: [/user.?guide/i, /manual/i],
  },
  {
    type: 'DIGITAL_IDENTITY_WORKSHEET',
    names: [/digital identity (?:worksheet|level|determination|acceptance statement|requirements)/i, /e-?authentication (?:worksheet|level)/i],
    abbreviations: [abbr('DIW')],
    phrases: [
      /identity assurance level|\bIAL\s?[123]\b/i,
      /authenticator assurance level|\bAAL\s?[123]\b/i,
      /federation assurance level|\bFAL\s?[123]\b/i,
      /SP\s?800-63/i,
      phrase('digital identity'),
    ],
    formats: DOC_OR_SHEET,
    fileHints: [/digital.?identity/i, /e-?auth/i],
  },
  {
    type: 'PRIVACY_ASSESSMENT',
    names: [phrase('privacy threshold analysis'), phrase('privacy impact assessment'), phrase('privacy threshold assessment')],
    abbreviations: [abbr('PTA'), abbr('PIA')],
    phrases: [
      /personally identifiable information|\bPII\b/i,
      /system of records notice|\bSORN\b/,
      phrase('privacy act'),
      phrase('e-government act'),
      phrase('senior agency official for privacy'),
      /privacy (?:risk|officer|controls)/i,
    ],
    formats: DOC,
    fileHints: [/\bpta\b/i, /\bpia\b/i, /privacy/i],
  },
  {
    type: 'RULES_OF_BEHAVIOR',
    names: [phrase('rules of behavior'), phrase('rules of behaviour')],
    abbreviations: [abbr('RoB'), abbr('ROB')],
    phrases: [/acknowledg(?:e|ement|ment)/i, /\bsignature\b/i, /users? (?:shall|must|will) (?:not )?/i, phrase('acceptable use'), /privileged users?/i],
    formats: DOC,
    fileHints: [/\brob\b/i, /rules.?of.?behaviou?r/i],
  },
  {
    type: 'CONTINGENCY_PLAN',
    names: [phrase('contingency plan'), phrase('disaster recovery plan'), phrase('business continuity plan'), phrase('contingency and disaster recovery'), phrase('continuity of operations plan')],
    abbreviations: [abbr('ISCP')],
    phrases: [
      /business impact analysis|\bBIA\b/,
      /recovery time objective|\bRTO\b/,
      /recovery point objective|\bRPO\b/,
      phrase('activation and notification'),
      /\breconstitution\b/i,
      /alternate (?:processing|storage) site/i,
      /maximum tolerable downtime|\bMTD\b/,
      phrase('contingency plan test'),
    ],
    formats: DOC,
    fileHints: [/\biscp\b/i, /contingency/i, /\bdrp?\b/i],
  },
  {
    type: 'CONFIGURATION_MANAGEMENT_PLAN',
    names: [phrase('configuration management plan'), phrase('configuration and change management plan'), /\b(?:change (?:and|&) )?configuration management (?:procedures?|process)\b/i],
    abbreviations: [abbr('CMP')],
    phrases: [
      /change control board|\bCCB\b/,
      phrase('baseline configuration'),
      /configuration items?\b/i,
      phrase('configuration change control'),
      phrase('change request'),
      /\bversion control\b/i,
      phrase('security impact analysis'),
    ],
    formats: DOC,
    fileHints: [/\bcmp\b/i, /config.?management/i],
  },
  {
    type: 'INCIDENT_RESPONSE_PLAN',
    names: [
      phrase('incident response plan'),
      phrase('incident response and handling plan'),
      /\b(?:security |cyber(?:security)? )?incident (?:management|handling) plan\b/i,
      /\b(?:security |cyber(?:security)? )?incident (?:response )?(?:playbook|runbook|handbook)\b/i,
    ],
    abbreviations: [abbr('IRP')],
    phrases: [
      /\bUS-CERT\b|\bCISA\b/,
      phrase('incident handling'),
      /\bcontainment\b/i,
      /\beradication\b/i,
      phrase('lessons learned'),
      /incident response team|\bCSIRT\b|\bIRT\b/,
      phrase('reporting timeframes'),
    ],
    formats: DOC,
    fileHints: [/\birp\b/i, /incident/i],
  },
  {
    type: 'CIS_CRM_WORKBOOK',
    names: [
      phrase('control implementation summary'),
      phrase('customer responsibility matrix'),
      /\bCIS\s*(?:\/|and|&)\s*CRM\b/i,
      /\b(?:shared|customer) responsibilit(?:y|ies) (?:matrix|workbook)\b/i,
    ],
    abbreviations: [abbr('CIS'), abbr('CRM')],
    sheets: [/\bCIS\b/i, /\bCRM\b/i, /implementation summary/i, /responsibility matrix/i],
    headers: [
      header('Control ID'),
      header('Implemented'),
      header('Partially Implemented'),
      header('Planned'),
      header('Alternative Implementation'),
      header('Not Applicable'),
      /service provider corporate/i,
      /service provider system specific/i,
      /service provider hybrid/i,
      /configured by customer/i,
      /provided by customer/i,
      /^\s*inherited\s*$/i,
      /can be inherited/i,
      /customer (?:agency\/csp )?responsibilit/i,
    ],
    formats: SHEET,
    fileHints: [/\bcis\b/i, /\bcrm\b/i],
  },
  {
    type: 'FIPS_199',
    names: [
      /\bFIPS\s*(?:PUB(?:LICATION)?\s*)?199\s+(?:security\s+)?(?:categori[sz]ation|worksheet|template|analysis|assessment|form)\b/i,
      /\bsecurity categori[sz]ation (?:report|worksheet|form|template|analysis)\b/i,
      /\bsecurity categori[sz]ation\b[^.\n]{0,12}\(?\s*FIPS\s*(?:PUB(?:LICATION)?\s*)?199\b/i,
      /\b(?:system |information system )?security categori[sz]ation\b/i,
    ],
    phrases: [
      /\bFIPS\s*(?:PUB\s*)?199\b/i,
      /\bhigh[- ]water[- ]mark\b/i,
      phrase('information type'),
      /\bconfidentiality\b/i,
      /\bintegrity\b/i,
      /\bavailability\b/i,
      /SP\s?800-60/i,
      /(?:low|moderate|high)[- ]impact/i,
      phrase('provisional impact level'),
    ],
    formats: DOC,
    fileHints: [/fips.?199/i, /categori/i],
  },
  {
    type: 'SEPARATION_OF_DUTIES_MATRIX',
    names: [phrase('separation of duties'), phrase('segregation of duties')],
    abbreviations: [abbr('SoD'), abbr('SOD')],
    sheets: [/\b(?:separation|segregation) of duties\b|\bSoD\b/i],
    headers: [/^\s*roles?\b/i, /dut(?:y|ies)/i, /conflicting/i, /privileg/i, /\bfunction\b/i, /responsibilit/i],
    phrases: [/conflict(?:ing)? (?:roles|duties)/i, /least privilege/i, phrase('AC-5')],
    layout: 'role-matrix',
    formats: DOC_OR_SHEET,
    fileHints: [/\bsod\b/i, /separation/i],
  },
  {
    type: 'LAWS_AND_REGULATIONS',
    names: [
      /\blaws,?\s+(?:and\s+)?regulations\b/i,
      phrase('applicable laws'),
      phrase('laws regulations standards and guidance'),
      /\b(?:regulatory|compliance|legal) (?:register|requirements register|inventory)\b/i,
    ],
    phrases: [
      /federal information security modernization act|\bFISMA\b/i,
      /OMB\s+(?:circular\s+)?A-130/i,
      /homeland security presidential directive|\bHSPD-12\b/i,
      /privacy act of 1974/i,
      /E-Government Act/i,
      /NIST\s+SP\s+800-\d+/i,
    ],
    headers: [header('Identification Number'), header('Title'), header('Date'), header('Link'), /reference|regulation|law|standard|guidance/i],
    formats: DOC_OR_SHEET,
    fileHints: [/laws/i, /regulations/i],
  },
  {
    type: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    names: [phrase('supply chain risk management plan'), phrase('supply chain risk management'), phrase('cyber supply chain risk management')],
    abbreviations: [abbr('SCRM'), abbr('C-SCRM'), abbr('SCRMP')],
    phrases: [/\bsuppliers?\b/i, /\bcounterfeit\b/i, /\bprovenance\b/i, /SP\s?800-161/i, phrase('acquisition'), /software bill of materials|\bSBOM\b/i, /third[- ]party (?:vendors?|suppliers?)/i],
    formats: DOC,
    fileHints: [/scrm/i, /supply.?chain/i],
  },
  {
    type: 'SAP',
    names: [phrase('security assessment plan'), phrase('security assessment and test plan'), phrase('assessment plan'), /\b(?:security |penetration )?test plan\b/i,
      // A plan's parts in its title ("Assessment Scope, Methodology, Schedule and Rules of Engagement");
      // rules of engagement alone are a memo that supplements the plan.
      /\b(?:scope|methodology|schedule)\b[^.|]{0,60}\brules of engagement\b/i,
    ],
    abbreviations: [abbr('SAP')],
    phrases: [
      phrase('rules of engagement'),
      /test(?:ing)? methodology/i,
      /penetration test(?:ing)? (?:plan|scope|methodology)?/i,
      /assessment (?:scope|schedule|methodology|procedures?)/i,
      /\bsampling\b/i,
      /test (?:cases?|procedures)/i,
      /\bpoints? of contact\b/i,
    ],
    formats: DOC,
    fileHints: [/\bsap\b/i, /assessment.?plan/i],
    listsOthers: true,
  },
  {
    type: 'SAR',
    // Not every "assessment report" is the SAR: a readiness (RAR), risk, privacy, vulnerability or self
    // assessment report is another document.
    names: [phrase('security assessment report'), /(?<!\b(?:readiness|risk|privacy|vulnerability|self|impact|threat|maturity|gap)[\s\-_/,:]+)(?<![a-z0-9])assessment[\s\-_/,:]+report(?![a-z0-9])/i, phrase('annual assessment report')],
    abbreviations: [abbr('SAR')],
    phrases: [
      phrase('risk exposure table'),
      phrase('authorization recommendation'),
      /summary of (?:risks|findings)/i,
      /residual risks?/i,
      /recommend(?:s|ation)?[^.]{0,60}authori[sz]/i,
      /test results/i,
      /risks? (?:known|identified) for (?:interconnected|the system)/i,
    ],
    formats: DOC,
    fileHints: [/\bsar\b/i, /assessment.?report/i],
    listsOthers: true,
  },
  {
    type: 'POAM',
    names: [/plan of action (?:and|&) milestones/i, /plan of actions? and milestones/i, /\b(?:remediation|vulnerability remediation) tracker\b/i, /\bcorrective action plan\b/i],
    abbreviations: [abbr('POA&M'), abbr('POAM'), abbr('POA&Ms')],
    sheets: [/open poa&?m items/i, /closed poa&?m items/i, /configuration findings/i, /\bpoa&?m\b/i],
    headers: [
      header('POAM ID'),
      header('POA&M ID'),
      header('Weakness Name'),
      header('Weakness Description'),
      /weakness detector source/i,
      /weakness source identifier/i,
      header('Asset Identifier'),
      /overall remediation plan/i,
      /original detection date/i,
      /scheduled completion date/i,
      /planned milestones/i,
      /original risk rating/i,
      /adjusted risk rating/i,
      /vendor dependency/i,
      /^\s*(?:finding|weakness|issue|item) (?:id|#|number)\s*$/i,
      /(?:scheduled|target|planned|due) (?:completion|remediation|fix)? ?date/i,
      /(?:detection|identified|discovered|found) (?:date|on)|date (?:identified|discovered|detected)/i,
      /remediation (?:plan|action|owner|status)/i,
      /^\s*milestones?\s*$/i,
    ],
    formats: SHEET,
    fileHints: [/poa&?m/i],
  },
  {
    type: 'ATO_LETTER',
    names: [/authori[sz]ation to operate/i, /authority to operate/i, /\bATO\s+(?:letter|memorandum|decision)\b/i, /\b(?:agency )?authori[sz]ation decision(?: letter| memorandum)?\b/i],
    // No abbreviation: "ATO" alone is everybody's word ("Accelerate your ATO"); the letter says it in full.
    phrases: [
      phrase('authorizing official'),
      /hereby (?:grant|authori[sz]e|issue|approve)/i,
      /residual risks?/i,
      /accept(?:s|ed)? the risk/i,
      /\bauthori[sz]ation (?:termination|expiration) date\b/i,
      /\bvalid (?:for|until)\b/i,
      /\bsincerely\b/i,
      /\bmemorandum for\b/i,
    ],
    formats: ['pdf', 'docx'],
    fileHints: [/\bato\b/i],
    listsOthers: true,
    letterAct: /\b(?:hereby|I) authori[sz]es?\b[^.]{0,80}\b(?:use|operation)\b|\bconstitutes?\b[^.]{0,60}\b(?:authority|authori[sz]ation) to operate\b|\b(?:hereby\s+)?(?:grant(?:s|ed|ing)?|issu(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|award(?:s|ed)?)\b[^.]{0,80}\b(?:authority|authori[sz]ation) to operate\b|\b(?:authority|authori[sz]ation) to operate\b[^.]{0,60}\b(?:is|are|has been)\s+(?:hereby\s+)?(?:granted|issued|approved)\b/i,
    letterActDecides: true,
    letterRefusal:
      /\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|unable|cannot) to (?:grant|issue|authori[sz]e|approve)\b|\b(?:authority|authori[sz]ation) to operate\b[^.]{0,40}\b(?:is|has been|was) (?:denied|not granted|withheld)\b|\b(?:deny|denies|denied)\b[^.]{0,30}\b(?:authority|authori[sz]ation) to operate\b|\bATO (?:is|has been|was) (?:denied|not granted|withheld)\b|\b(?:terminat\w*|revo(?:k\w*|cation)|rescind\w*|rescission|suspen(?:d\w*|sion)|withdraw\w*)\b[^.]{0,40}\b(?:authority|authori[sz]ation) to operate\b/i,
  },
  {
    type: 'AUTHORIZATION_CHECKLIST',
    names: [
      /(?:initial )?authori[sz]ation package checklist/i,
      /\b(?:package|submission|readiness|deliverables?)\b[\w\s-]{0,24}\bchecklist\b/i,
      /fedramp (?:initial )?(?:authori[sz]ation )?checklist/i,
    ],
    phrases: [/\bchecklist\b/i, /\bcompleted?\b/i, /\battachment\b/i, /\bdeliverables?\b/i, /\byes\b.*\bno\b/i],
    // Whole cells: a package checklist's item, deliverable and included/provided columns — not a review
    // matrix's "Document / Section" or "Reviewer Comment".
    headers: [
      /^\s*(?:item|#|no\.?)\s*$/i,
      /^\s*(?:deliverables?|documents?|artifacts?|attachments?)(?:\s*(?:name|title))?\s*$/i,
      /^\s*(?:included|provided|complete|completed|submitted|received|present)\b[^a-z]*(?:\(?\s*(?:y\s*\/\s*n|yes\s*\/\s*no)\s*\)?)?\s*$/i,
      /^\s*comments?\s*$/i,
      /^\s*(?:template(?:\s*used)?|file\s*name|required(?:\s*\(?\s*y\s*\/\s*n\s*\)?)?)\s*$/i,
    ],
    formats: DOC_OR_SHEET,
    fileHints: [/checklist/i],
    layout: 'checked-list',
    listsOthers: true,
  },
  {
    type: 'SCAN_RESULTS',
    names: [/vulnerability scan (?:results|report)/i, /scan results/i],
    headers: [
      /^\s*plugin\s*(?:id)?\s*$/i,
      /^\s*plugin name\s*$/i,
      /^\s*cves?(?: ids?)?\s*$/i,
      /^\s*cvss/i,
      /^\s*(?:risk|severity)(?: level)?\s*$/i,
      /^\s*(?:host|ip|ip address|asset ip address|hostname|dns)\s*$/i,
      /^\s*(?:port|service port|port protocol)\s*$/i,
      /^\s*(?:synopsis|summary|threat|impact)\s*$/i,
      /^\s*(?:solution|fix|remediation|solution type)\s*$/i,
      /^\s*(?:qid|nvt oid|nvt name|vulnerability id|vulnerability title)\s*$/i,
      /^\s*(?:plugin output|results|specific result|proof)\s*$/i,
      /vulnerability (?:severity|cve|test result)/i,
    ],
    formats: ['csv', 'xlsx', 'nessus'],
    fileHints: [/scan/i, /nessus/i, /qualys/i, /vuln/i],
  },
  {
    type: 'INVENTORY',
    names: [phrase('integrated inventory workbook'), phrase('inventory workbook'), phrase('system inventory'), /\b(?:it |system |hardware (?:and|&) software )?asset (?:register|inventory)\b/i, /\bcomponent inventory\b/i],
    // An inventory sheet, not one of use cases, data, records or licences ("AI Use Case Inventory").
    sheets: [/^\s*inventory\s*$/i, /^(?!.*\b(?:use cases?|data|pii|records?|skills?|licen[cs]es?|parts|stock|ai|processing|information types?)\b.*inventory).*inventory/i],
    headers: [
      /unique asset identifier/i,
      /ipv4 or ipv6 address/i,
      header('Virtual'),
      header('Public'),
      /dns name or url/i,
      /netbios name/i,
      /mac address/i,
      /authenticated scan/i,
      /baseline configuration name/i,
      /os name and version/i,
      header('Location'),
      /asset type/i,
      /hardware make\s*\/\s*model/i,
      /in latest scan/i,
      /software\s*\/\s*database vendor/i,
      /software\s*\/\s*database name/i,
      /patch level/i,
      /diagram label/i,
      /serial\s*#?\s*\/\s*asset tag/i,
      /vlan\s*\/\s*network id/i,
      /system administrator\s*\/\s*owner/i,
      /application administrator\s*\/\s*owner/i,
      /^\s*asset (?:id|tag|name|identifier)\s*$/i,
      /^\s*(?:host ?name|fqdn)\s*$/i,
      /^\s*(?:operating system|os)(?: (?:and|&) version)?\s*$/i,
      /^\s*(?:environment|owner|asset owner|system owner)\s*$/i,
    ],
    formats: SHEET,
    fileHints: [/inventory/i, /\biiw\b/i],
  },
  {
    type: 'SIGNIFICANT_CHANGE_REQUEST',
    names: [
      /\bsignificant change (?:request|notification|form|approval|submission)s?\b/i,
      /\b(?:request(?:ing)?|application) for (?:(?:the )?(?:agency|AO)'?s? )?(?:approval (?:of|for) )?(?:an? |the |our )?(?:proposed |planned )?significant change\b/i,
      /\b(?:notification|notice) of (?:an? |the )?(?:proposed |planned )?significant change\b/i,
      /\b(?:proposed|planned) significant change\b/i,
    ],
    // A title-cased "Change Request" submitted as a document is a change request to the agency (weighed
    // as an abbreviation: half a name, and only where the document names itself).
    abbreviations: [abbr('SCR'), abbr('SCN'), /(?<![A-Za-z])(?:Change (?:Request|Notification)|CHANGE (?:REQUEST|NOTIFICATION))(?![A-Za-z])/],
    phrases: [
      /description of (?:the )?(?:proposed )?change/i,
      phrase('security impact analysis'),
      /scope of (?:the )?change/i,
      /(?:planned|proposed) change/i,
      /change (?:type|category)/i,
      /affected (?:controls|components)/i,
    ],
    formats: DOC_OR_SHEET,
    fileHints: [/\bscr\b/i, /significant.?change/i],
    // "requests approval of the significant change", or approval *to* make one ("requests approval to
    // migrate the database tier", "seeks the AO's approval for adding a new interconnection").
    letterAct: new RegExp(
      [
        `${REQUEST}(?:approval|review|concurrence|notification)\\b[^.]{0,80}\\b(?:significant|planned|proposed) change\\b`,
        `\\b(?:significant|planned|proposed) change\\b[^.]{0,80}\\b(?:(?:is|are|be|being) (?:hereby )?(?:requested|submitted)|for (?:(?:your|the|agency|AO'?s?|authorizing official'?s?)\\s+)*(?:approval|review|concurrence))\\b`,
        `\\b(?:notif(?:y|ies|ying)|inform(?:s|ing)?|advis(?:e|es|ing))\\b[^.]{0,60}\\bof (?:a |an |the |our |this )?(?:significant|planned|proposed|upcoming) change\\b`,
        `${REQUEST}approval\\b[^.]{0,12}\\b(?:to|for|of)\\b[^.]{0,80}\\b(?:change|migrat\\w*|add(?:s|ing)?|introduc\\w*|replac\\w*|mov(?:e|es|ing)|relocat\\w*|upgrad\\w*|implement\\w*|deploy\\w*|expand\\w*|onboard\\w*|integrat\\w*)\\b`,
      ].join('|'),
      'i',
    ),
  },
  {
    type: 'DEVIATION_REQUEST',
    names: [
      phrase('deviation request'),
      phrase('deviation request form'),
      phrase('requested deviation'),
      /\b(?:false positive|risk adjustment|operational requirement) (?:request|justification|determination)s?\b/i,
      /\brequest for (?:a )?(?:false positive|risk adjustment|operational requirement)\b/i,
    ],
    abbreviations: [/\bDR-\d{2,4}\b/],
    headers: [/\b(?:DR|deviation) (?:ID|#|number)\b/i, /deviation (?:type|category)/i, /^\s*justification\s*$/i, /compensating control/i, /\bPOA&?M (?:ID|item)\b/i, /operational requirement/i, /false positive/i, /risk adjustment/i],
    phrases: [phrase('risk adjustment'), phrase('false positive'), phrase('operational requirement'), phrase('deviation rationale'), /justification/i, /compensating controls?/i],
    formats: DOC_OR_SHEET,
    letterAct: new RegExp(
      [
        `${REQUEST}(?:approval (?:of|for) )?(?:(?:a|an|the|this)\\s+)?(?:risk adjustment|false positive|operational requirement|deviation)\\b`,
        `\\b(?:be|is|are) (?:closed|treated|accepted|recogni[sz]ed|reclassified) as (?:an? )?(?:false positive|operational requirement)\\b`,
      ].join('|'),
      'i',
    ),
    fileHints: [/deviation/i, /\bdr\b/i],
  },
];

/**
 * Frameworks other than FedRAMP whose documents resemble its deliverables: an ISO/IEC 27001 ISMS
 * policy, a SOC 2 report, a HIPAA risk analysis, a CMMC self-assessment or its SP 800-171 POA&M, a
 * DFARS 7012 reporting procedure, a StateRAMP package, and other nations' cloud schemes (Australia's
 * IRAP, Germany's BSI C5, Japan's ISMAP, the UK's Cyber Essentials, the EU's EUCS, Spain's ENS,
 * France's SecNumCloud), the automotive industry's TISAX (VDA ISA), and other US programs' (the FBI's
 * CJIS Security Policy, IRS Publication 1075 safeguards, CMS's MARS-E).
 */
export const OTHER_FRAMEWORK =
  /\bISO(?:\/IEC)?[\s-]*2700[12]\b|\bISMS\b|\bSOC[\s-]?[12]\b|\bSSAE[\s-]?1[68]\b|\bHIPAA\b|\bPCI[\s-]?DSS\b|\bCMMC\b|\b(?:SP\s*)?800-171A?\b|\bDFARS\b|\bSPRS\b|\bHITRUST\b|\bStateRAMP\b|\bTX-?RAMP\b|\bGDPR\b|\bIRAP\b|\bEssential Eight\b|\bPSPF\b|\bProtective Security Policy Framework\b|\bBSI[\s-]*C5\b|\bC5:20\d\d\b|\bISMAP\b|\bCyber Essentials\b|\bEUCS\b|\bEsquema Nacional de Seguridad\b|\bSecNumCloud\b|\bCJIS\b|\bPub(?:lication)?\.?\s*1075\b|\bIRS\b[^.|]{0,30}\bSafeguards?\b|\bOffice of Safeguards\b|\bMARS-E\b|\bTISAX\b|\bVDA[\s-]ISA\b/i;
/**
 * What a FedRAMP deliverable cites: FedRAMP, NIST (SP 800-53, 800-37, FIPS; not SP 800-171, CMMC's),
 * FISMA, an authorizing official, or a control of an SP 800-53 family (AC-2, SR-3(1)).
 */
const FEDRAMP_FRAME =
  /\bFedRAMP\b|\bNIST\b(?!\s*(?:SP\s*)?800-171)|\b800-(?:53|37|18|34|61|63|128|161)\b|\bFIPS\b|\bFISMA\b|\bauthori[sz]ing official\b|\bATO\b|\b(?:AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-\d{1,2}\b/;
/**
 * FedRAMP said not to be what a document is for ("not the FedRAMP one", "non-FedRAMP", "Out of scope:
 * the FedRAMP environment", "excludes the FedRAMP boundary").
 */
const DISOWNED_FEDRAMP =
  /\b(?:not|non)[\s-]+(?:(?:the|a|an|for|our)\s+)?FedRAMP\b|\bout of scope:?\s+(?:the\s+|our\s+)?FedRAMP\b|\bexclud(?:es|ing|ed)\s+(?:the\s+|our\s+)?FedRAMP\b|\bFedRAMP\s+(?:environment|boundary|system|tenant|offering)s?\s+(?:is|are)\s+(?:out of scope|excluded)\b/gi;
/** Whether a text cites FedRAMP's frame (FEDRAMP_FRAME), mentions that disown FedRAMP aside. */
export const citesFedRAMP = (text: string): boolean => FEDRAMP_FRAME.test(text.replace(DISOWNED_FEDRAMP, ''));

/**
 * How many sentences of a text cite another framework, and how many FedRAMP's frame. A document
 * written for another scheme may still cite NIST in a sentence ("It does not address NIST SP 800-53,
 * FIPS 199 or any US programme"); a FedRAMP deliverable cites its controls throughout.
 */
export function frameworkCitations(text: string): { other: number; fedramp: number } {
  const sentences = text.split(/(?<=[.!?;])\s+/);
  return {
    other: sentences.filter((x) => OTHER_FRAMEWORK.test(x)).length,
    fedramp: sentences.filter((x) => citesFedRAMP(x)).length,
  };
}

/**
 * Titles that say a document is *about* deliverables rather than one of them (minutes of a review
 * meeting, an invoice for an assessment). On the cover or in the title they cancel name matches.
 */
export const NOT_A_DELIVERABLE: readonly RegExp[] = [
  // Meeting minutes, not a duration ("within 15 minutes").
  /(?<!\b(?:\d+|a few|few|several|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)[\s-])\bminutes\b/i,
  /\bmeeting (?:notes|agenda)\b/i,
  /\bagenda\b/i,
  /\binvoice\b/i,
  /\bquote\b|\bquotation\b/i,
  /\bstatement of work\b/i,
  /\bproposal\b/i,
  /\bnewsletter\b/i,
  /\bpress release\b/i,
  /\bmenu\b/i,
  /\bresume\b|\bcurriculum vitae\b/i,
  /\btraining (?:slides|deck|handout|module|course|session|materials?|presentation)\b/i,
  // A talk's notes or an introductory course ("FedRAMP 101 for Engineers — speaker notes").
  /\b(?:speaker|presenter|slide) notes\b|\b(?:fedramp|compliance|security|ato) 101\b/i,
  // Material that explains deliverables to people: a primer, a handout, a guide to writing one.
  /\b(?:primer|handout|cheat ?sheet|FAQs?|frequently asked questions|webinar|workshop|brown ?bag|lunch (?:and|&) learn)\b/i,
  // …but not a document's own "How to read this document" section.
  /\bhow (?:to|we) (?:prepare|write|submit|review|read|assemble|build)\b(?!\s+(?:this|the present)\b)/i,
  /\bguide to (?:the )?(?:fedramp|agency authori[sz]ation|preparing|writing|reviewing|understanding|assembling)\b/i,
  /\bnon-?disclosure agreement\b|\bNDA\b|\bconfidentiality agreement\b/i,
  // A contract between two parties: a support, services, reseller or data processing agreement.
  /\b(?:support|services?|master|subscription|licen[cs]e|reseller|partner(?:ship)?|teaming|data processing|business associate|intercompany|colocation|customer|hosting|maintenance|consulting) agreement\b|\bagreement between\b/i,
  /\bproject (?:plan|schedule)\b/i,
  // A meeting's record as spoken (a Teams or Zoom transcript), whatever the meeting discussed.
  /\btranscript\b/i,
  // A kickoff's agenda or deck, not a document prepared "during the partnership kickoff".
  /(?<!\b(?:at|during|after|before|since|from|in|for|by)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+)?)\bkick-?off\b/i,
  /\b(?:engagement letter|letter of engagement)\b/i,
  /\bquestionnaire\b|\bSIG (?:lite|core)\b|\bstandardi[sz]ed information gathering\b/i,
  // FedRAMP documents outside the taxonomy, and blanks: a Readiness Assessment Report (FedRAMP Ready),
  // a template with only instructions and placeholders.
  /\breadiness assessment report\b|\bRAR\b/i,
  /\bblank (?:template|form)\b/i,
  /\bbrochure\b|\bdata ?sheet\b|\bwhite ?paper\b|\bcase study\b|\bmarketing\b/i,
  /\blessons[- ]learned\b|\bretrospective\b|\bafter[- ]action (?:report|review)\b/i,
  // An architecture decision record: a decision about how a deliverable is written, not the deliverable.
  /\b(?:architecture |architectural )?decision record\b|\bADR[- ]?\d+\b/i,
  /\bjob (?:description|posting|opening|advert(?:isement)?)\b|\bposition description\b|\bwe(?:'re| are) hiring\b|\brequisition\b/i,
  // A guide for the organisation's own people (a new hire's onboarding), not the system's users.
  /\b(?:new[- ]?(?:hire|employee|staff|starter|assessor|analyst|engineer|team member)s?|employee|staff|personnel|workforce)\s+(?:onboarding|orientation|handbook)\b/i,
  // Academic writing about deliverables: a poster, a course, a thesis.
  /\bposter\b|\bsyllabus\b|\b(?:thesis|dissertation)\b|\bconference (?:paper|abstract|proceedings)\b/i,
  // How the team writes or ships its documents: a style guide, a contributors' guide, a changelog.
  /\b(?:style|writing|authoring|contributors?'?|contributing) guide\b|\bkeep a changelog\b/i,
  /\bCONTRIBUTING\b|\b[Cc]hangelog\b|\bCHANGELOG\b/,
  // The authorizing official's acceptance of one risk: a decision on a request (a deviation, a POA&M
  // item), not the request, and not the authorization.
  /\bacceptance of (?:the )?(?:residual )?risks?\b|\brisk acceptance (?:memo(?:randum)?|letter|decision|statement|form)\b/i,
];

/**
 * Titles that say a document is *about* deliverables it accompanies or tracks (a cover memo, a
 * transmittal letter, a status report, a portfolio). Softer than NOT_A_DELIVERABLE: names of
 * deliverables in it count as mentions, but a letter's operative sentence (a change request written as
 * a cover letter) still decides.
 */
export const ABOUT_DELIVERABLES: readonly RegExp[] = [
  /\bcover (?:memo(?:randum)?|letter|note|sheet|page for)\b/i,
  /\b(?:letter of )?transmittal\b/i,
  /\bsubmission (?:memo(?:randum)?|notice|letter|note|receipt|summary)\b/i,
  /\backnowledge?ment of receipt\b/i,
  /\b(?:status|progress) (?:report|update)\b/i,
  /\bportfolio\b/i,
  // A decision, response or comments on a deliverable ("Decision on Significant Change Request
  // SCR-2025-02", "Response to Agency Comments on the SSP"), but not a request for approval.
  /(?<!\bfor\s)\b(?:decision|response|responses|reply|answer|comments?|feedback|determination|approval|disapproval|denial|acknowledge?ment)\s+(?:on|to|regarding|concerning|of)\s+(?:(?:the|your|a|an|our)\s+)?(?:[\w&/-]+\s+){0,4}?(?:request|plan|report|submission|package|SSP|SAR|SAP|POA&M|assessment|workbook)\b/i,
  // Reviews of a deliverable: the comments on it, a reviewer's checklist, not it.
  /(?<!\bpackage )\b(?:review(?:er'?s?)?|QA|quality) (?:checklist|guide|worksheet|criteria)\b/i,
  /\b(?:review )?comments? (?:matrix|log|tracker|resolution|form|sheet|register|summary)\b|\breview comments\b|\bcomment (?:and )?response\b/i,
  /\b(?:review|adjudication|disposition) (?:log|tracker|matrix|register|table)\b|\b(?:comment )?adjudication\b/i,
];

/**
 * The operative sentence of a letter or memo that transmits deliverables: "this memo accompanies our
 * monthly upload", "please find attached", "the following documents are submitted". Matched sentence
 * by sentence near the start, together with TRANSMITTED (what is sent).
 */
export const TRANSMITS =
  /\bthis (?:memo(?:randum)?|letter|note|e-?mail|package|cover sheet) (?:accompanies|transmits|forwards|conveys|lists|summari[sz]es|provides notice)\b|\bplease find (?:attached|enclosed|below)\b|\b(?:attached|enclosed) (?:please find|are|is)\b|\b(?:are|is|were|was|have been|has been) (?:hereby )?(?:attached|enclosed|transmitted|forwarded|uploaded|placed|delivered|submitted)\b|\bwe (?:are|have) (?:hereby )?(?:submitting|transmitting|forwarding|uploading|submitted|transmitted|forwarded|uploaded)\b|\b(?:hereby )?(?:submit|transmit|forward)s? (?:the following|herewith|the attached|the enclosed)\b/i;
export const TRANSMITTED = /\b(?:deliverables?|documents?|documentation|package(?![\s-]*(?:managers?|versions?|names?|lock|updates?)\b)|submission|upload|files?|artifacts?|the following|repository|attachments?|enclosures?)\b/i;
