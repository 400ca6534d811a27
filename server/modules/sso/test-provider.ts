import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at the test provider: the claims it hands out and how the person "signed in" there. */
export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
  /** Authentication methods the provider reports in the ID token (RFC 8176), e.g. ['pwd', 'mfa']. */
  amr?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** Who signs in next when the provider asks (auto mode): the test decides instead of typing in a form. */
  signInAs(sub: string): void;
  close(): Promise<void>;
}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

function loginPage(uid: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>
<form method="post" action="/interaction/${uid}"><label for="login">Account</label>
<input id="login" name="login" autocomplete="username"><button type="submit">Sign in</button></form></main></body></html>`;
}

/**
 * A real OpenID Connect provider (node-oidc-provider) on 127.0.0.1 for tests: authorization code flow with PKCE,
 * signed ID tokens, discovery. In "auto" mode the login and consent steps finish at once as signInAs() said;
 * in "form" mode (browser tests) the login step shows a small form that asks for the account.
 */
export async function startTestProvider(options: {
  redirectUri: string;
  accounts: TestAccount[];
  mode?: 'auto' | 'form';
}): Promise<TestProvider> {
  const accounts = new Map(options.accounts.map((account) => [account.sub, account]));
  let next = options.accounts[0]?.sub ?? '';
  const clientId = 'regie';
  const clientSecret = 'test-client-secret-which-is-long-enough';
  let provider: Provider | undefined;
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!provider) throw new Error('provider not started');
    if (!request.url?.startsWith('/interaction/')) {
      provider.callback()(request, response);
      return;
    }
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name === 'login') {
      let sub = next;
      if (options.mode === 'form') {
        if (request.method === 'GET') {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(loginPage(details.uid));
          return;
        }
        sub = (await readForm(request)).get('login') ?? '';
      }
      const account = accounts.get(sub);
      if (!account) throw new Error(`unknown test account ${sub}`);
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: sub, amr: account.amr ?? ['pwd'] } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    // Consent: the organisation's own application is approved without asking.
    const accountId = details.session?.accountId ?? '';
    const grant = new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
      // amr and acr in every ID token, as Entra ID and Keycloak send them, without asking through `claims`.
      openid: ['sub', 'amr', 'acr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name', 'groups'],
    },
    // Claims in the ID token itself, as Entra ID and Keycloak send groups.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['regie-test-provider-cookie-key'] },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => {
          const { amr: _amr, ...claims } = account;
          return claims;
        },
      };
    },
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signInAs: (sub) => {
      next = sub;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
