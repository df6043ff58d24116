// Malware scanning of uploads (AS-46, MLPS 恶意代码防范) goes through this interface. Production talks to
// ClamAV's daemon (clamd) over its INSTREAM protocol; development, with no daemon to reach, uses a
// scanner that knows one signature: the EICAR test file every antivirus product detects, so a tester
// can watch a refused upload happen.
import net from 'node:net';
import type { Config } from '../config.js';

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

export interface FileScanner {
  /** Names the engine in the file's record, e.g. "clamd" or "dev-eicar". */
  readonly name: string;
  /** Throws when the scan could not be completed: the caller must not treat that as clean. */
  scan(bytes: Buffer): Promise<ScanVerdict>;
}

/** The EICAR anti-malware test string (eicar.org): harmless, and detected by every scanner. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export class DevScanner implements FileScanner {
  readonly name = 'dev-eicar';
  async scan(bytes: Buffer): Promise<ScanVerdict> {
    return bytes.includes(EICAR, 0, 'latin1') ? { clean: false, signature: 'Eicar-Test-Signature' } : { clean: true };
  }
}

const CHUNK = 64 * 1024;
const MAX_REPLY = 4096;

/**
 * clamd's INSTREAM: send "zINSTREAM\0", then chunks as a 4-byte big-endian length and the bytes, then a
 * zero length; clamd answers one NUL-terminated line: "stream: OK", "stream: <signature> FOUND" or
 * "<reason> ERROR". `address` is "tcp://host:port" or a Unix socket path ("unix:/run/clamav/clamd.ctl").
 * Keep clamd's StreamMaxLength above the upload limit (10 MB), or every large file is an error here.
 */
export class ClamdScanner implements FileScanner {
  readonly name = 'clamd';
  private readonly target: net.NetConnectOpts;

  constructor(
    address: string,
    private readonly timeoutMs = 30_000,
  ) {
    // Checked here, so a mistyped CLAMD_URL stops the server at start rather than every upload.
    if (address.startsWith('unix:')) this.target = { path: address.slice('unix:'.length) };
    else {
      const url = new URL(address);
      if (url.protocol !== 'tcp:') throw new Error(`CLAMD_URL must be tcp://host:port or unix:/path, not ${address}`);
      this.target = { host: url.hostname, port: Number(url.port || 3310) };
    }
  }

  scan(bytes: Buffer): Promise<ScanVerdict> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(this.target);
      const reply: Buffer[] = [];
      let replyLength = 0;
      const fail = (error: Error) => {
        socket.destroy();
        reject(error);
      };
      socket.setTimeout(this.timeoutMs, () => fail(new Error('clamd did not answer in time')));
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        for (let at = 0; at < bytes.length; at += CHUNK) {
          const chunk = bytes.subarray(at, at + CHUNK);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(chunk.length);
          socket.write(length);
          socket.write(chunk);
        }
        socket.write(Buffer.alloc(4));
      });
      // The reply ends at its NUL (clamd then closes the connection; either is enough).
      const finish = () => {
        const line = Buffer.concat(reply)
          .toString('utf8')
          .replace(/\0[\s\S]*$/, '')
          .trim();
        socket.destroy();
        try {
          resolve(parseClamdReply(line));
        } catch (error) {
          reject(error as Error);
        }
      };
      socket.on('data', (data) => {
        reply.push(data);
        replyLength += data.length;
        if (replyLength > MAX_REPLY) fail(new Error('clamd sent an oversized reply'));
        else if (data.includes(0)) finish();
      });
      socket.on('end', finish);
      // clamd may close while the rest of the stream is still being sent (a size limit): its reply wins.
      socket.on('error', (error) => (replyLength > 0 ? finish() : fail(error)));
    });
  }
}

export function parseClamdReply(line: string): ScanVerdict {
  const text = line.replace(/^stream:\s*/, '');
  if (text === 'OK') return { clean: true };
  const found = /^(.+) FOUND$/.exec(text);
  if (found) return { clean: false, signature: found[1] as string };
  throw new Error(`clamd could not scan the file: ${line || '(no reply)'}`);
}

export function createScanner(config: Pick<Config, 'clamdUrl' | 'production'>): FileScanner {
  if (config.clamdUrl) return new ClamdScanner(config.clamdUrl);
  if (config.production) throw new Error('CLAMD_URL must be set in production (uploads are scanned for malware)');
  return new DevScanner();
}
