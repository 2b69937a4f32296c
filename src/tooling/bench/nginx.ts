import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running nginx, serving one folder on loopback. */
export interface Nginx {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/** nginx's version line when Debian's nginx is installed ("nginx/1.22.1"), else null. */
export function nginxVersion(binary = 'nginx'): string | null {
  const run = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return run.status === 0 ? (/nginx\/[\d.]+/.exec(run.stderr)?.[0] ?? null) : null;
}

/**
 * Starts nginx as the issue measured it: one worker, gzip at level 5 for what Debian's
 * configuration compresses plus the site's text types, sendfile, no access log (our server keeps
 * none either), serving `root` the way the site is laid out (`/x/` is `x/index.html`).
 */
export async function startNginx(root: string, port: number): Promise<Nginx> {
  const version = nginxVersion();
  if (!version) throw new Error('nginx is not installed: apt-get install nginx');
  const work = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  const config = join(work, 'nginx.conf');
  writeFileSync(
    config,
    `worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  gzip on;
  gzip_comp_level 5;
  gzip_vary on;
  gzip_min_length 1024;
  gzip_types text/plain text/css text/xml application/json application/javascript application/xml application/rss+xml image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    location / { try_files $uri $uri/ =404; }
  }
}
`,
  );
  const child = spawn('nginx', ['-c', config, '-p', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start: ${errors}`);
    if (
      await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (tries > 100) throw new Error(`nginx did not answer at ${url}: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    version,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
