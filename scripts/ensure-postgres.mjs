// Makes sure the receiver's tests (packages/server) have a PostgreSQL server, and prints its URL as
// the last line: `SITU_TEST_DATABASE_URL=postgres://…`. scripts/test-all.mjs reads that line and
// hands the URL to the unit tests.
//
//   node scripts/ensure-postgres.mjs
//
// With SITU_TEST_DATABASE_URL (or DATABASE_URL) set, that server is used as it is. Otherwise, as
// root on Debian/Ubuntu: installs Debian's `postgresql` with apt-get when missing, starts its
// cluster (pg_ctlcluster), and creates the role and database `situ_test` (password `situ_test`)
// on 127.0.0.1. Every step checks first, so a second run takes well under a second.
import { spawnSync } from 'node:child_process';

const ROLE = 'situ_test';
const PASSWORD = 'situ_test';
const DATABASE = 'situ_test';

const say = (text) => console.log(`ensure-postgres: ${text}`);
const fail = (lines) => {
  console.error(['ensure-postgres: ' + lines[0], ...lines.slice(1).map((l) => `  ${l}`)].join('\n'));
  process.exit(1);
};
/** Runs a command quietly; answers its status and output. */
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: '/tmp', ...options });
  return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: (result.stderr ?? '').trim() || result.error?.message || '' };
};
const has = (command) => run('sh', ['-c', `command -v ${command}`]).ok;
const printUrl = (url) => {
  console.log(`SITU_TEST_DATABASE_URL=${url}`);
  process.exit(0);
};

const given = process.env.SITU_TEST_DATABASE_URL || process.env.DATABASE_URL;
if (given) {
  say(`using the given ${process.env.SITU_TEST_DATABASE_URL ? 'SITU_TEST_DATABASE_URL' : 'DATABASE_URL'}`);
  printUrl(given);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const howTo = [
  'Either point the tests at a PostgreSQL server you have:',
  '  export SITU_TEST_DATABASE_URL=postgres://user:password@127.0.0.1:5432/db',
  'or run this script as root on Debian/Ubuntu (it installs and starts the `postgresql` package).',
];

// 1. The package: Debian's postgresql (its cluster tools are pg_lsclusters / pg_ctlcluster).
if (!has('pg_lsclusters')) {
  if (!isRoot || !has('apt-get')) fail(['PostgreSQL is not installed and cannot be installed from here.', ...howTo]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
    say(`running apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) fail([`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal})`, ...howTo]);
  }
}
if (!isRoot) fail(['starting the cluster and creating the test role needs root (it runs psql as the postgres user).', ...howTo]);

// 2. A cluster: the first one listed, created when the package made none (as in some containers).
/** `pg_lsclusters -h`: version, name, port, status, owner, data dir, log. */
const clusters = () =>
  run('pg_lsclusters', ['-h']).out.split('\n').filter(Boolean).map((line) => {
    const [version, name, port, status] = line.split(/\s+/);
    return { version, name, port: Number(port), online: status === 'online' };
  });
let cluster = clusters()[0];
if (!cluster) {
  const versions = run('ls', ['/usr/lib/postgresql']).out.split('\n').filter(Boolean).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) fail(['the postgresql package is installed but no server version is under /usr/lib/postgresql.', ...howTo]);
  say(`creating cluster ${versions[0]}/main`);
  const created = run('pg_createcluster', [versions[0], 'main']);
  if (!created.ok) fail([`pg_createcluster ${versions[0]} main failed: ${created.err}`, ...howTo]);
  cluster = clusters()[0];
  if (!cluster) fail(['pg_createcluster ran but pg_lsclusters lists no cluster.', ...howTo]);
}

// 3. Running (pg_ctlcluster works without systemd, as in a container).
if (!cluster.online) {
  say(`starting cluster ${cluster.version}/${cluster.name} on port ${cluster.port}`);
  const started = run('pg_ctlcluster', [cluster.version, cluster.name, 'start']);
  if (!started.ok) fail([`pg_ctlcluster ${cluster.version} ${cluster.name} start failed: ${started.err || started.out}`, `see /var/log/postgresql/postgresql-${cluster.version}-${cluster.name}.log`]);
}
const deadline = Date.now() + 30_000;
while (!run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(cluster.port)]).ok) {
  if (Date.now() > deadline) fail([`the cluster on port ${cluster.port} did not accept connections within 30 s`]);
  spawnSync('sleep', ['0.2']);
}

// 4. The test role and database, owned by that role (the tests make and drop schemas in it).
const psql = (sql) => run('runuser', ['-u', 'postgres', '--', 'psql', '-p', String(cluster.port), '-v', 'ON_ERROR_STOP=1', '-tAc', sql]);
const roleExists = psql(`select 1 from pg_roles where rolname = '${ROLE}'`);
if (!roleExists.ok) fail([`psql as postgres failed: ${roleExists.err}`]);
if (roleExists.out !== '1') {
  say(`creating role ${ROLE}`);
  const made = psql(`create role ${ROLE} login password '${PASSWORD}'`);
  if (!made.ok) fail([`create role ${ROLE} failed: ${made.err}`]);
}
if (psql(`select 1 from pg_database where datname = '${DATABASE}'`).out !== '1') {
  say(`creating database ${DATABASE}`);
  const made = psql(`create database ${DATABASE} owner ${ROLE}`);
  if (!made.ok) fail([`create database ${DATABASE} failed: ${made.err}`]);
}

say(`PostgreSQL ${cluster.version} is running on 127.0.0.1:${cluster.port}`);
printUrl(`postgres://${ROLE}:${PASSWORD}@127.0.0.1:${cluster.port}/${DATABASE}`);
