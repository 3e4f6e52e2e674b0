import { describeInput, normaliseSysId } from '../../src/core/sys-id';

describe('normaliseSysId', function () {
  it('accepts 32 hex characters, trimmed and lowercased', function () {
    expect(normaliseSysId('6816f79cc0a8016401c5a33be04be441')).toBe('6816f79cc0a8016401c5a33be04be441');
    expect(normaliseSysId('  6816F79CC0A8016401C5A33BE04BE441 ')).toBe('6816f79cc0a8016401c5a33be04be441');
  });

  it('rejects anything else', function () {
    [
      '',
      'abc',
      '6816f79cc0a8016401c5a33be04be44',
      '6816f79cc0a8016401c5a33be04be4412',
      'g816f79cc0a8016401c5a33be04be441',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)'
    ].forEach(function (bad) {
      expect(normaliseSysId(bad)).withContext(bad).toBeUndefined();
    });
    [null, undefined, 42, {}, ['6816f79cc0a8016401c5a33be04be441']].forEach(function (bad) {
      expect(normaliseSysId(bad)).toBeUndefined();
    });
  });
});

describe('describeInput', function () {
  it('quotes strings and shortens long input for the console', function () {
    expect(describeInput('abc')).toBe('"abc"');
    expect(describeInput(42)).toBe('42');
    const long = describeInput(new Array(200).join('x'));
    expect(long.length).toBe(60);
    expect(long.slice(-3)).toBe('...');
  });
});
