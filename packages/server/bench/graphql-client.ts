import { Pool } from 'undici';

/** A GraphQL endpoint spoken to through an undici pool (keep-alive connections, no fetch overhead). */
export function graphqlClient(origin: string, headers: Record<string, string>, connections: number) {
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const send = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await pool.request({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.body.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { status: response.statusCode, body };
  };
  return {
    send,
    /** Sends and checks: a non-200 answer or GraphQL errors throw. */
    async must(query: string, variables: Record<string, unknown> = {}) {
      const { status, body } = await send(query, variables);
      if (status !== 200 || body.errors) throw new Error(`HTTP ${status}: ${JSON.stringify(body.errors ?? body)}`);
      return body.data!;
    },
    close: () => pool.close(),
  };
}

export type GraphqlClient = ReturnType<typeof graphqlClient>;
