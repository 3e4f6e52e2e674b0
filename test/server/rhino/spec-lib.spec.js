// load:
describe('the Rhino spec library', function () {
  var calls = [];
  beforeEach(function () {
    calls.push('before');
  });
  it('runs beforeEach hooks before each spec', function () {
    expect(calls.length).toBe(1);
  });
  it('compares structures by value and fails on a difference', function () {
    expect({ a: [1, 2] }).toEqual({ a: [1, 2] });
    expect(function () {
      expect({ a: 1 }).toEqual({ a: 2 });
    }).toThrow('to equal');
  });
  it('runs ES5 as Rhino does (no let, no arrow functions needed)', function () {
    expect(typeof java).toBe('object');
  });
});
