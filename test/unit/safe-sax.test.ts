import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { inertDoctype } from '../../functions/core/classify/extract/safe-sax.js';

const classify = (text: string) => classifyDocument(new BufferByteSource(Buffer.from(text, 'utf8')));

const BURP_DTD = `<!DOCTYPE issues [
<!ELEMENT issues (issue*)>
<!ATTLIST issues burpVersion CDATA "">
<!ELEMENT issue (serialNumber, type, name, host, severity)>
<!ELEMENT serialNumber (#PCDATA)>
<!ELEMENT host (#PCDATA)>
<!ATTLIST host ip CDATA "">
]>`;
const BURP_BODY =
  '<issues burpVersion="2024.1"><issue><serialNumber>1</serialNumber><type>5245344</type><name>Cross-site scripting (reflected)</name>' +
  '<host ip="10.0.0.5">https://app.example.gov</host><path>/search</path><severity>High</severity><confidence>Certain</confidence></issue></issues>';

describe('document type declarations', () => {
  it('lets through an inert DTD (element and attribute lists only), as Burp Suite exports carry', async () => {
    expect(inertDoctype(BURP_DTD.slice('<!DOCTYPE '.length, -1))).toBe(true);
    const result = await classify(`<?xml version="1.0"?>\n${BURP_DTD}\n${BURP_BODY}`);
    expect(result).toMatchObject({ type: 'SCAN_RESULTS', format: 'xml' });
    expect(result.error).toBeUndefined();
  });

  describe('the name of an external DTD, as Qualys exports carry', () => {
    let server: Server;
    let requests = 0;
    let base = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        requests++;
        res.end('<!ENTITY leaked "from the network">');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it.each([
      ['a system identifier', (url: string) => `<!DOCTYPE issues SYSTEM "${url}/burp.dtd">`],
      ['a public identifier', (url: string) => `<!DOCTYPE issues PUBLIC "-//X//DTD Y//EN" "${url}/y.dtd">`],
    ])('is tolerated with %s, and never fetched', async (_what, doctype) => {
      const result = await classify(`<?xml version="1.0"?>\n${doctype(base)}\n${BURP_BODY}`);
      expect(result).toMatchObject({ type: 'SCAN_RESULTS', format: 'xml' });
      expect(result.error).toBeUndefined();
      expect(requests).toBe(0);
    });

    it('an entity the external DTD would declare stays undefined: the document is unreadable', async () => {
      const body = BURP_BODY.replace('Cross-site scripting (reflected)', '&leaked;');
      const result = await classify(`<?xml version="1.0"?>\n<!DOCTYPE issues SYSTEM "${base}/burp.dtd">\n${body}`);
      expect(result.type).toBe('UNKNOWN');
      expect(result.error).toMatch(/not well-formed|entity/i);
      expect(JSON.stringify(result)).not.toMatch(/from the network/);
      expect(requests).toBe(0);
    });
  });

  it.each([
    ['an internal entity', '<!DOCTYPE issues [<!ELEMENT issues ANY><!ENTITY x "y">]>'],
    ['an external DTD with entities in its internal subset', '<!DOCTYPE issues SYSTEM "http://127.0.0.1:1/burp.dtd" [<!ENTITY x "y">]>'],
    ['a parameter entity', '<!DOCTYPE issues [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>'],
    ['an entity declared in lower case', '<!DOCTYPE issues [<!entity x "y">]>'],
  ])('refuses a DTD with %s as hostile, reading nothing from it', async (_what, doctype) => {
    const result = await classify(`<?xml version="1.0"?>\n${doctype}\n${BURP_BODY}`);
    expect(result.type).toBe('UNKNOWN');
    expect(result.error).toMatch(/DTD/);
  });
});
