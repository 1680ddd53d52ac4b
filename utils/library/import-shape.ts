/**
 * The top level of a JSON document, followed token by token while it streams: whether the root
 * is an object, and the type of each top-level field's value. The streaming parser only hands out
 * the elements of `outlets` and `articles`; this tells an import whether those fields were
 * arrays at all (missing, `{}` or `5` hand out nothing), and spots a repeated field.
 */
import { TokenType } from '@streamparser/json';

/** The JSON type of a value, as far as an import cares. */
export type TopLevelType = 'object' | 'array' | 'other';

/** Follows tokens at depth 0 and 1 of a document. */
export class TopLevelShape {
  /** Type of the root value, once its first token was seen. */
  root: TopLevelType | undefined;
  /** Type of each top-level field's value, in order of appearance. */
  readonly fields = new Map<string, TopLevelType>();
  /** The first top-level field that appeared twice, if any. */
  repeated: string | undefined;
  private depth = 0;
  private state: 'key' | 'colon' | 'value' | 'comma' = 'key';
  private key = '';

  /** Feeds one token (as the tokenizer reports it). */
  see(token: TokenType, value: unknown): void {
    if (this.depth === 0 && this.root === undefined) this.root = typeOf(token);
    if (this.depth === 1 && this.root === 'object') this.atTopLevel(token, value);
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) this.depth++;
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) this.depth--;
  }

  private atTopLevel(token: TokenType, value: unknown): void {
    if (this.state === 'key' && token === TokenType.STRING) {
      this.key = String(value);
      this.state = 'colon';
    } else if (this.state === 'colon' && token === TokenType.COLON) {
      this.state = 'value';
    } else if (this.state === 'value') {
      if (this.fields.has(this.key)) this.repeated ??= this.key;
      else this.fields.set(this.key, typeOf(token));
      this.state = 'comma';
    } else if (this.state === 'comma' && token === TokenType.COMMA) {
      this.state = 'key';
    }
  }
}

function typeOf(token: TokenType): TopLevelType {
  if (token === TokenType.LEFT_BRACE) return 'object';
  if (token === TokenType.LEFT_BRACKET) return 'array';
  return 'other';
}
