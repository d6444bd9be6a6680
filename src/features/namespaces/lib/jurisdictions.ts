import { AKAMAI_JURISDICTIONS, type AkamaiJurisdiction } from '../../../api/akamai/types';

/** The reference's names for the seven jurisdictions. */
export const JURISDICTION_NAMES: Record<AkamaiJurisdiction, string> = {
  na: 'North America',
  eu: 'Europe',
  jp: 'Japan',
  cn: 'China',
  sk: 'South Korea',
  br: 'Brazil',
  xw: 'Rest of the world',
};

export function jurisdictionLabel(jurisdiction: AkamaiJurisdiction): string {
  return `${JURISDICTION_NAMES[jurisdiction]} (${jurisdiction})`;
}

export { AKAMAI_JURISDICTIONS };
