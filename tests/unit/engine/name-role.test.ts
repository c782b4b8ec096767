// Office words in front of a speaker's name go to the role (src/engine/extract/name-role.ts).
import { describe, expect, it } from 'vitest';
import { splitNameRole } from '../../../src/engine/extract/name-role.ts';

describe('a speaker\'s name and role apart', () => {
  it.each([
    ['Manhattan Assemblyman Tony Simone', 'Tony Simone', 'Manhattan Assemblyman'],
    ['Deputy Administrator Pam Melroy', 'Pam Melroy', 'Deputy Administrator'],
    ['Secretary Antony Blinken', 'Antony Blinken', 'Secretary'],
  ])('%s is %s, %s', (full, name, role) => {
    expect(splitNameRole(full)).toEqual({ name, role });
  });

  it.each(['Tony Simone', 'Mary Baker Eddy', 'Jonathan Van Miller', 'Carter Baker'])('leaves a plain name whole: %s', (full) => {
    expect(splitNameRole(full)).toEqual({ name: full, role: null });
  });
});
