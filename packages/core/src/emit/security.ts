import type { ApiMethod, HttpMethod } from '../model.js';
import type { ProductConfig } from '../product.js';
import { toBoolean } from './values.js';

type SecurityRequirement = Record<string, string[]>;

/**
 * Who may call a method. World-open methods (`permissions.user: "world"`,
 * such as the ticket login) need no credentials. Others take an API token or
 * the ticket cookie; a cookie-authenticated write also needs the CSRF token
 * header, as both servers check it on every method but GET. A method with
 * `allowtoken: 0` refuses API tokens.
 */
export function securityFor(
  api: ApiMethod,
  method: HttpMethod,
  product: ProductConfig,
): SecurityRequirement[] | undefined {
  if (api.permissions?.user === 'world') return [];
  const { token, ticket, csrf } = product.auth;
  const cookie: SecurityRequirement =
    method === 'GET' ? { [ticket.scheme]: [] } : { [ticket.scheme]: [], [csrf.scheme]: [] };
  if (toBoolean(api.allowtoken) === false) return [cookie];
  return [{ [token.scheme]: [] }, cookie];
}

export function securitySchemes(product: ProductConfig): Record<string, unknown> {
  const { token, ticket, csrf } = product.auth;
  return {
    [token.scheme]: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: token.description,
    },
    [ticket.scheme]: {
      type: 'apiKey',
      in: 'cookie',
      name: ticket.cookie,
      description: ticket.description,
    },
    [csrf.scheme]: {
      type: 'apiKey',
      in: 'header',
      name: csrf.header,
      description: csrf.description,
    },
  };
}
