/** Whether a SAR's authorization recommendation text recommends authorization. */
export type Recommendation = 'recommended' | 'not-recommended' | 'unclear';

const NEGATIVE =
  /\b(?:does|do|is|are|can|could|will)\s*not\s+(?:be\s+)?recommend|\bnot\s+recommended\b|\brecommends?\s+against\b|\bcannot\s+recommend\b|\bnot\s+(?:yet\s+)?ready\s+for\s+(?:an?\s+)?authori[sz]ation\b|\brecommends?\b[^.]{0,80}\b(?:deny|denial|not\s+be\s+(?:granted|authori[sz]ed))\b/i;
const POSITIVE =
  /\brecommends?\b[^.]{0,200}\b(?:authori[sz]ation|authori[sz]ed?|ATO|P-?ATO|authority to operate|authori[sz]ation to operate)\b|\b(?:authori[sz]ation|ATO)\s+is\s+(?:hereby\s+)?recommended\b|\brecommended\s+for\s+(?:FedRAMP\s+)?(?:authori[sz]ation|ATO)\b/i;

export function recommendationIn(text: string): Recommendation {
  if (NEGATIVE.test(text)) return 'not-recommended';
  if (POSITIVE.test(text)) return 'recommended';
  return 'unclear';
}
