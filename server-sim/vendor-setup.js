/*
 * What an admin sets up on a real instance, done for the fake vendors (demo/vendors/): the
 * Application Registry entries behind the REST Messages' OAuth profiles, the three REST
 * Messages, and the JWT provider for Symphony, with the fakes' demo credentials. Call
 * SpSim.connectVendors({teams, ringcentral, symphony}) with the fakes' base URLs after reset.
 */
SpSim.connectVendors = function (urls) {
  var CLIENT = 'demo-client';
  var SECRET = 'demo-secret';
  var JWT = 'demo-jwt';
  var SYMPHONY_PROVIDER = '5150a0a0a0a0a0a0a0a0a0a0a0a0a0a1';

  SpSim.oauthEntities['sp-presence Microsoft Graph'] = {
    tokenUrl: urls.teams + '/oauth2/v2.0/token',
    form: {
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
      scope: 'https://graph.microsoft.com/.default'
    }
  };
  SpSim.oauthEntities['sp-presence RingCentral'] = {
    tokenUrl: urls.ringcentral + '/restapi/oauth/token',
    form: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: JWT },
    basicUser: CLIENT,
    basicPassword: SECRET
  };
  SpSim.restMessages['sp-presence Microsoft Graph'] = {
    endpoint: urls.teams,
    oauthEntity: 'sp-presence Microsoft Graph',
    functions: { call: { method: 'GET', endpoint: urls.teams } }
  };
  SpSim.restMessages['sp-presence RingCentral'] = {
    endpoint: urls.ringcentral,
    oauthEntity: 'sp-presence RingCentral',
    functions: { call: { method: 'GET', endpoint: urls.ringcentral } }
  };
  SpSim.restMessages['sp-presence Symphony'] = {
    endpoint: urls.symphony,
    functions: {
      call: { method: 'GET', endpoint: urls.symphony },
      authenticate: { method: 'POST', endpoint: urls.symphony + '/login/pubkey/authenticate' }
    }
  };
  SpSim.rowsOf('jwt_provider').push({ sys_id: SYMPHONY_PROVIDER, name: 'sp-presence Symphony' });
  SpSim.jwts[SYMPHONY_PROVIDER] = JWT;
};
