#!/usr/bin/env node
// Starts the CAP test service on 127.0.0.1 (never on all interfaces).
//
//   node server.js [--port N] [--ready-file PATH] [--exit-on-stdin-eof]
//
// --port 0 (the default) lets the OS choose a free port. Once the server listens, the
// file given by --ready-file receives one JSON line {"url": ..., "pid": ...} (written to a
// temporary name and renamed, so a reader never sees half of it); the same line goes to
// stdout. --exit-on-stdin-eof ends the process when its stdin closes, so a test run that
// dies without tearing down (SIGKILL) leaves no orphan server behind.
//
// Besides the OData service at /odata/v4/catalog, POST /-/reset restores the seed data.
const fs = require('fs')
const path = require('path')

process.chdir(__dirname)
const cds = require('@sap/cds')

const HOST = '127.0.0.1'

function option(name, fallback) {
  const at = process.argv.indexOf(name)
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback
}

async function main() {
  const port = Number(option('--port', process.env.PORT || 0))
  const readyFile = option('--ready-file', null)
  cds.root = __dirname
  await cds.plugins

  let resetting = Promise.resolve()
  cds.on('bootstrap', app => {
    const listen = app.listen
    app.listen = function (port, ...rest) {
      return listen.call(this, port, HOST, ...rest)
    }
    app.post('/-/reset', (_req, res) => {
      resetting = resetting.then(async () => {
        try {
          await cds.deploy(cds.options.from || '*').to(cds.db, { silent: true })
          res.status(204).end()
        } catch (error) {
          res.status(500).json({ error: String(error) })
        }
      })
    })
  })

  cds.options = { service: 'all', from: '*', in_memory: true, port }
  const server = await cds.server(cds.options)
  await new Promise((resolve, reject) => {
    if (server.listening) return resolve()
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const address = server.address()
  const line = JSON.stringify({ url: `http://${address.address}:${address.port}`, pid: process.pid })
  if (readyFile) {
    const partial = `${readyFile}.${process.pid}.tmp`
    fs.writeFileSync(partial, line + '\n')
    fs.renameSync(partial, readyFile)
  }
  console.log(line)

  const stop = () => {
    server.close()
    setTimeout(() => process.exit(0), 200).unref()
    server.closeAllConnections?.()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  if (process.argv.includes('--exit-on-stdin-eof')) {
    process.stdin.on('data', () => {})
    process.stdin.on('end', stop)
    process.stdin.on('close', stop)
    process.stdin.resume()
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})
