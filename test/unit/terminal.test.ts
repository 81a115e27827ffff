// The one place that decides what the terminal can show (src/cli/terminal.ts).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../src/cli/terminal.js';
import { asciiSymbols } from '../../src/render/ascii.js';
import { displayWidth } from '../../src/render/width.js';

const tty = { isTTY: true, columns: 120 };
const pipe = { isTTY: false };

describe('terminal', () => {
  it('colours a terminal, not a pipe or a file', () => {
    expect(terminal({}, tty).color).toBe(true);
    expect(terminal({}, pipe).color).toBe(false);
    expect(terminal({}, tty, { toFile: true }).color).toBe(false);
    expect(terminal({}, tty, { noColor: true }).color).toBe(false);
  });

  it('NO_COLOR and FORCE_COLOR=0/false and TERM=dumb turn colour off; FORCE_COLOR=1..3/true forces it', () => {
    expect(terminal({ NO_COLOR: '1' }, tty).color).toBe(false);
    expect(terminal({ NO_COLOR: '1', FORCE_COLOR: '1' }, tty).color).toBe(false);
    expect(terminal({ NO_COLOR: '' }, tty).color).toBe(true);
    for (const off of ['0', 'false']) expect(terminal({ FORCE_COLOR: off }, tty).color).toBe(false);
    expect(terminal({ TERM: 'dumb' }, tty).color).toBe(false);
    for (const on of ['1', '2', '3', 'true', '']) {
      expect(terminal({ FORCE_COLOR: on }, pipe).color).toBe(true);
      expect(terminal({ FORCE_COLOR: on, TERM: 'dumb' }, pipe).color).toBe(true);
    }
    expect(terminal({ FORCE_COLOR: '1' }, pipe, { noColor: true }).color).toBe(false);
  });

  it('ASCII for a locale that is not UTF-8; LC_ALL, then LC_CTYPE, then LANG decide', () => {
    expect(terminal({}, tty).unicode).toBe(true);
    expect(terminal({ LANG: 'en_US.UTF-8' }, tty).unicode).toBe(true);
    expect(terminal({ LANG: 'C.utf8' }, tty).unicode).toBe(true);
    expect(terminal({ LANG: 'C' }, tty).unicode).toBe(false);
    expect(terminal({ LANG: 'POSIX' }, tty).unicode).toBe(false);
    expect(terminal({ LANG: 'de_DE.ISO-8859-1' }, tty).unicode).toBe(false);
    expect(terminal({ LANG: 'en_US.UTF-8', LC_ALL: 'C' }, tty).unicode).toBe(false);
    expect(terminal({ LANG: 'C', LC_CTYPE: 'en_US.UTF-8' }, tty).unicode).toBe(true);
    expect(terminal({ LANG: 'C', LC_ALL: '', LC_CTYPE: 'C.UTF-8' }, tty).unicode).toBe(true);
  });

  it('COLUMNS narrows; else the terminal width; else unknown', () => {
    expect(terminal({}, tty).width).toBe(120);
    expect(terminal({ COLUMNS: '80' }, tty).width).toBe(80);
    expect(terminal({ COLUMNS: '80' }, pipe).width).toBe(80);
    expect(terminal({}, pipe).width).toBeUndefined();
    for (const bad of ['', '0', '-5', 'wide', '1e3']) expect(terminal({ COLUMNS: bad }, tty).width).toBe(120);
  });
});

describe('asciiSymbols', () => {
  it('replaces each symbol by one ASCII character of the same width, and leaves names alone', () => {
    const text = '┌─┬─┐│✔ ready ✘ not yet → ↔ ↑ ◆ ★ ●○ █░ ⚠ • · José 李雷';
    const ascii = asciiSymbols(text);
    expect(ascii).toBe('+-+-+|+ ready x not yet > ~ ^ * * #- #. ! * . José 李雷');
    expect(displayWidth(ascii)).toBe(displayWidth(text));
  });
});
