import { describe, expect, it } from 'vitest';
import { utcOffsetMinutes, zoneNamedIn } from '../../src/core/verdicts/time-zones.js';

describe('zones written after a time of day', () => {
  it('reads US, UK and European zone words as their civil time', () => {
    expect(zoneNamedIn('open 8am–8pm ET, Monday to Friday')?.zone).toBe('America/New_York');
    expect(zoneNamedIn('until 8pm Eastern time on weekdays')?.zone).toBe('America/New_York');
    expect(zoneNamedIn('until 3pm PT')?.zone).toBe('America/Los_Angeles');
    expect(zoneNamedIn('9am–11pm CET every day')?.zone).toBe('Europe/Paris');
    expect(zoneNamedIn('8am to 10pm UK time')?.zone).toBe('Europe/London');
    expect(zoneNamedIn('17:00 GMT')?.zone).toBe('UTC');
  });
  it('reads "Central European Time" as central Europe, not as US "Central"', () => {
    expect(zoneNamedIn('9am–5pm Central European Time')).toEqual({ zone: 'Europe/Paris', written: 'Central European Time' });
    expect(zoneNamedIn('8am–8pm Central time')).toEqual({ zone: 'America/Chicago', written: 'Central time' });
  });
  it('names no zone for local time, nor for zone-like words away from a time', () => {
    expect(zoneNamedIn('until 9pm local time')).toBeUndefined();
    expect(zoneNamedIn('Pacific coast stores open until 9pm')).toBeUndefined();
    expect(zoneNamedIn('our ET team is open until 9pm')).toBeUndefined();
  });
});

describe('UTC offsets on a date', () => {
  it('follows daylight saving time', () => {
    expect(utcOffsetMinutes('America/New_York', '2026-11-23')).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', '2026-07-01')).toBe(-240);
    expect(utcOffsetMinutes('Europe/London', '2026-07-01')).toBe(60);
    expect(utcOffsetMinutes('UTC', '2026-07-01')).toBe(0);
    expect(utcOffsetMinutes('Asia/Kolkata', '2026-07-01')).toBe(330);
  });
  it('is undefined for a zone the platform does not know', () => {
    expect(utcOffsetMinutes('Mars/Olympus', '2026-07-01')).toBeUndefined();
  });
});
