// A real OpenID provider (the `oidc-provider` package) for the single sign-on test, on loopback only. Its
// development login form takes any login and password and names the account by the login typed, which is what the
// test needs: a person signs in at the provider as someone who does or does not have an account here.
// Usage: node oidc-provider.mjs <port> <client id> <client secret> <redirect uri>
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, preferred_username: id, name: id }) }),
  // Refuse any authorization request without PKCE, so the test proves that the client sends it.
  pkce: { required: () => true },
  cookies: { keys: ['test-only-cookie-key'] },
});
provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc-provider ready at ${issuer}`));
process.on('SIGTERM', () => process.exit(0));
