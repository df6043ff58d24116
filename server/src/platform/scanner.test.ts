import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { ClamdScanner, createScanner, DevScanner, EICAR, parseClamdReply } from './scanner.js';

/**
 * A stand-in clamd speaking INSTREAM as the daemon does: it checks the command, reassembles the
 * length-prefixed chunks, refuses streams over its StreamMaxLength, and answers one NUL-terminated line.
 */
function fakeClamd(maxStream: number) {
  const received: Buffer[] = [];
  const server = net.createServer((socket) => {
    let data = Buffer.alloc(0);
    let answered = false;
    const answer = (line: string) => {
      answered = true;
      socket.end(line);
    };
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      if (answered) return;
      data = Buffer.concat([data, chunk]);
      const command = 'zINSTREAM\0';
      if (data.length < command.length) return;
      if (data.subarray(0, command.length).toString() !== command) {
        answer('UNKNOWN COMMAND\0');
        return;
      }
      const parts: Buffer[] = [];
      let at = command.length;
      let total = 0;
      while (at + 4 <= data.length) {
        const length = data.readUInt32BE(at);
        if (length === 0) {
          const stream = Buffer.concat(parts);
          received.push(stream);
          answer(stream.includes(EICAR) ? 'stream: Eicar-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (at + 4 + length > data.length) return;
        total += length;
        if (total > maxStream) {
          answer('INSTREAM size limit exceeded. ERROR\0');
          return;
        }
        parts.push(data.subarray(at + 4, at + 4 + length));
        at += 4 + length;
      }
    });
  });
  return { server, received };
}

describe('malware scanning', () => {
  const clamd = fakeClamd(1024 * 1024);
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => clamd.server.listen(0, '127.0.0.1', resolve));
    url = `tcp://127.0.0.1:${(clamd.server.address() as net.AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => clamd.server.close(() => resolve())));

  it('streams a file to clamd in chunks and reads its verdict', async () => {
    const scanner = new ClamdScanner(url);
    const file = Buffer.alloc(200_000, 7); // four chunks
    expect(await scanner.scan(file)).toEqual({ clean: true });
    expect(clamd.received.at(-1)?.equals(file)).toBe(true);
    const infected = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(EICAR, 'latin1')]);
    expect(await scanner.scan(infected)).toEqual({ clean: false, signature: 'Eicar-Signature' });
  });

  it('treats a daemon error or an unreachable daemon as a failed scan, never as clean', async () => {
    await expect(new ClamdScanner(url).scan(Buffer.alloc(2 * 1024 * 1024))).rejects.toThrow(/size limit exceeded/);
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(new ClamdScanner(`tcp://127.0.0.1:${port}`).scan(Buffer.from('x'))).rejects.toThrow();
    // A daemon that accepts and never answers times out.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `tcp://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    await expect(new ClamdScanner(silentUrl, 200).scan(Buffer.from('x'))).rejects.toThrow(/in time/);
    silent.close();
    expect(() => parseClamdReply('')).toThrow();
    expect(() => new ClamdScanner('http://clamd:3310')).toThrow(/tcp:\/\//);
  });

  it('uses clamd when configured, the EICAR-only scanner in development, and refuses production without one', async () => {
    expect(createScanner(loadConfig({ NODE_ENV: 'development', CLAMD_URL: url })).name).toBe('clamd');
    expect(createScanner(loadConfig({ NODE_ENV: 'development' }))).toBeInstanceOf(DevScanner);
    expect(() => createScanner(loadConfig({ NODE_ENV: 'production' }))).toThrow(/CLAMD_URL/);
    expect(await new DevScanner().scan(Buffer.from(`abc${EICAR}`, 'latin1'))).toMatchObject({ clean: false });
  });
});
