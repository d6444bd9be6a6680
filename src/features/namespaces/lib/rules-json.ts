import * as z from 'zod/mini';
import { aclRuleSchema, type AkamaiAclRule } from '../../../api/akamai/types';

const importSchema = z.union([z.array(aclRuleSchema), z.object({ acls: z.array(aclRuleSchema) })]);

/**
 * Reads rules pasted or imported by the user: a bare array of rules or a configuration object
 * with `acls` (both the API's request and response shapes, `topicFilter` or `path`).
 */
export function parseRulesJson(text: string): { rules: AkamaiAclRule[] } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `This is not JSON: ${error instanceof Error ? error.message : 'parse error'}` };
  }
  const parsed = importSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `Expected an array of rules or an object with "acls"${issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : ''}.` };
  }
  return { rules: Array.isArray(parsed.data) ? parsed.data : parsed.data.acls };
}
