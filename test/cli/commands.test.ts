import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { commands } from '../../src/cli/commands.ts';
import { runCapture } from './runCapture.ts';

describe('the command table', () => {
  it('lists every command in --help, with its summary', async () => {
    const { status, stdout } = await runCapture(['--help']);
    expect(status).toBe(0);
    // Names are padded to the longest one and two spaces (at least 12 characters).
    const width = Math.max(12, ...commands.map((c) => c.name.length + 2));
    for (const { name, summary } of commands)
      expect(stdout).toContain(`  ${name.padEnd(width)}${summary}`);
  });

  it.each(commands.map((c) => [c.name, c]))(
    '%s loads on demand and its help starts with its usage line',
    async (name, entry) => {
      const command = await entry.load();
      expect(command.help.startsWith(`Usage: cohortscope ${name}`)).toBe(true);
      const { status, stdout } = await runCapture([name, '--help']);
      expect(status).toBe(0);
      expect(stdout).toBe(command.help);
    },
  );

  it('has unique names', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses an unknown command, naming the known ones', async () => {
    const { status, stderr } = await runCapture(['analyse']);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `cohortscope: unknown command "analyse" (commands: ${commands.map((c) => c.name).join(', ')})\n`,
    );
  });
});

describe('cohortscope --version', () => {
  it("prints the package's version", async () => {
    const { status, stdout } = await runCapture(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});
