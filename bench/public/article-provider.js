// The baseline: the article's approach (reference/000_*), written from its description. A
// factory whose getUserPresence(users) posts the ids with $http and applies the thresholds;
// each widget calls it from setInterval every 5 s. Used only to measure against.
/* exported spUserPresence -- a provider script: the page evaluates this one function */
function spUserPresence($http) {
  return {
    getUserPresence: function (users) {
      var ids = users.map(function (u) {
        return u.sys_id;
      });
      return $http
        .post('/api/now/ui/presence', { users: ids }, { headers: { 'X-UserToken': window.g_ck } })
        .then(function (res) {
          var result = res.data.result;
          // The article spells it serverTimeMilis; the instance answers serverTimeMillis (as UI16
          // reads it): the baseline reads both, so that it works and can be measured.
          var serverTime = result.serverTimeMillis || result.serverTimeMilis;
          return users.map(function (user) {
            var person = { sys_id: user.sys_id, status: 'offline' };
            result.presenceArray.forEach(function (present) {
              if (present.user === user.sys_id) {
                var deltaTime = serverTime - present.last_on;
                if (deltaTime < 30000) person.status = 'online';
                else if (deltaTime < 60000) person.status = 'away';
                else person.status = 'offline';
              }
            });
            return person;
          });
        });
    }
  };
}
