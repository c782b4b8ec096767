import { describe, expect, it } from 'vitest';
import { orderSpeakers } from '../../../src/popup/speakers.ts';

const speaker = (name: string, quotes: number) => ({ name, role: null, quotes: Array.from({ length: quotes }, (_, i) => `quote ${i}`) });

describe('popup speaker order', () => {
  it('lists the most quoted first and keeps story order on a tie', () => {
    const order = orderSpeakers([speaker('Ana Costa', 1), speaker('John Kerry', 8), speaker('Ben Ode', 1), speaker('Lee Park', 3)]);
    expect(order.map((s) => s.name)).toEqual(['John Kerry', 'Lee Park', 'Ana Costa', 'Ben Ode']);
  });
});
