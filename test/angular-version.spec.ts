declare const __karma__: { config: { expectedAngular: string } };

describe('test run', function () {
  it('uses the AngularJS version this run was started for', function () {
    // Printed so the log says which AngularJS each run used.
    console.log('[sp-presence tests] AngularJS ' + angular.version.full);
    expect(angular.version.full).toBe(__karma__.config.expectedAngular);
  });
});
