import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';

async function setup() {
  const platform = createMemoryPlatform('https://portal.test/account');
  const engine = createEngine(platform);
  await engine.commands.init({ version: 1 });
  return { platform, engine };
}

const current = (engine: Awaited<ReturnType<typeof setup>>['engine']) => engine.api.ask.questions.part.value?.current.value ?? null;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise<void>((resolve) => setTimeout(() => resolve(), 5));
};

describe('ask', () => {
  it('resolves with the visitor’s answer', async () => {
    const { engine } = await setup();
    const yes = engine.commands.ask({ title: 'Cancel your policy?', confirmLabel: 'Cancel policy', cancelLabel: 'Keep it' });
    await until(() => current(engine) !== null);
    expect(current(engine)).toMatchObject({ title: 'Cancel your policy?', confirmLabel: 'Cancel policy' });
    current(engine)!.answer(true);
    expect(await yes).toBe(true);
    const no = engine.commands.ask({ title: 'Again?' });
    await until(() => current(engine) !== null);
    current(engine)!.answer(false);
    expect(await no).toBe(false);
    expect(current(engine)).toBeNull();
  });

  it('a second question waits for the first’s answer', async () => {
    const { engine } = await setup();
    const first = engine.commands.ask({ title: 'First?' });
    const second = engine.commands.ask({ title: 'Second?' });
    await until(() => current(engine)?.title === 'First?');
    const answeredFirst = current(engine)!;
    answeredFirst.answer(true);
    expect(current(engine)?.title).toBe('Second?');
    // A second answer to the same question changes nothing.
    answeredFirst.answer(false);
    current(engine)!.answer(false);
    expect([await first, await second]).toEqual([true, false]);
  });

  it('resolves false for a bad call, with one error naming the field', async () => {
    const { platform, engine } = await setup();
    expect(await engine.commands.ask({ title: '' })).toBe(false);
    expect(await engine.commands.ask({ title: 'Sure?', article: 7 } as never)).toBe(false);
    expect(platform.logs.map((l) => l.message)).toEqual([
      '[situ] ask: title: expected the question, got ""',
      '[situ] ask: article: expected an article id, got number 7',
    ]);
    expect(current(engine)).toBeNull();
  });

  it('destroy answers every open question false, so no host code waits for ever', async () => {
    const { engine } = await setup();
    const open = engine.commands.ask({ title: 'Still there?' });
    const queued = engine.commands.ask({ title: 'And this?' });
    await until(() => current(engine) !== null);
    engine.commands.destroy();
    expect([await open, await queued]).toEqual([false, false]);
  });
});
