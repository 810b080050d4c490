export { validatePoamWorkbook } from './poam-workbook.js';
export { validateInventoryWorkbook } from './inventory-workbook.js';
export { validateScanResults } from './scan-results.js';
export { REMEDIATION_DAYS } from './poam-deadlines.js';
