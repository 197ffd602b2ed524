// Kafka's topic name rules (org.apache.kafka.common.internals.Topic#validate): not empty, not
// "." or "..", at most 249 characters, only ASCII letters, digits, '.', '_' and '-'.
import { fail, ok, type Result } from '../errors';

export const MAX_TOPIC_NAME_LENGTH = 249;
const LEGAL = /^[a-zA-Z0-9._-]+$/;

export function validateTopicName(name: string): Result<string> {
  if (name.length === 0)
    return fail('InvalidTopicException', "Topic name is illegal, it can't be empty");
  if (name === '.' || name === '..')
    return fail('InvalidTopicException', 'Topic name cannot be "." or ".."');
  if (name.length > MAX_TOPIC_NAME_LENGTH)
    return fail(
      'InvalidTopicException',
      `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, topic name: ${name}`,
    );
  if (!LEGAL.test(name))
    return fail(
      'InvalidTopicException',
      `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    );
  return ok(name);
}

/** '.' and '_' collide in metric names, so Kafka refuses "a.b" when "a_b" exists. */
export function unifyCollisionChars(name: string): string {
  return name.replaceAll('.', '_');
}
