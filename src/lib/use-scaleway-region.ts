import { useParams, useSearchParams } from 'react-router';
import { isScalewayRegion, type ScalewayRegion } from '../api/providers';
import { useProfile } from './use-profiles';

/**
 * The Scaleway region of the current page: from the path (`/hubs/:region/:id`),
 * else `?region=`, else the profile's default. Keeping it in the URL makes
 * links to another region's resources work.
 */
export function useScalewayRegion(): ScalewayRegion {
  const params = useParams();
  const [search] = useSearchParams();
  const profile = useProfile('scaleway');
  const candidates = [params.region, search.get('region'), profile.defaultRegion];
  for (const c of candidates) if (isScalewayRegion(c)) return c;
  return 'fr-par';
}
