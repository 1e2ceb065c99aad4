import { contentTypeOf } from './content-types';
import { contentDisposition, sanitizeFileName } from './file-names';

const b = (s: string) => Buffer.from(s, 'latin1');
const hex = (s: string) => Buffer.from(s, 'hex');

describe('contentTypeOf: the bytes decide', () => {
  it.each([
    ['JPEG', hex('ffd8ffe000104a464946'), [], 'image/jpeg'],
    ['PNG', hex('89504e470d0a1a0a0000000d49484452'), [], 'image/png'],
    ['WebP', b('RIFF\x10\0\0\0WEBPVP8 '), [], 'image/webp'],
    ['HEIC', hex('000000186674797068656963000000006d69663168656963'), [], 'image/heic'],
    ['HEIF', hex('00000018667479706d69663100000000'), [], 'image/heif'],
    ['PDF', b('%PDF-1.7\n'), [], 'application/pdf'],
    [
      'DOCX',
      b('PK\x03\x04'),
      ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'],
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'XLSX',
      b('PK\x03\x04'),
      ['[Content_Types].xml', 'xl/workbook.xml'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['plain ZIP', b('PK\x03\x04'), ['a.txt'], 'application/zip'],
    [
      'SVG',
      b('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'),
      [],
      'image/svg+xml',
    ],
    ['SVG after a BOM and comment', b('\xef\xbb\xbf<!-- hi --><svg onload="x">'), [], 'image/svg+xml'],
    ['HTML', b('  <!DOCTYPE html><html><script>alert(1)</script>'), [], 'text/html'],
    ['HTML fragment', b('<script>alert(1)</script>'), [], 'text/html'],
    ['XML', b('<?xml version="1.0"?><note/>'), [], 'application/xml'],
    ['GIF', b('GIF89a'), [], 'image/gif'],
    ['text', b('hello'), [], 'application/octet-stream'],
  ])('%s', (_name, head, entries, type) => {
    expect(contentTypeOf(head, entries)).toBe(type);
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\张三\\整改照片.jpg', '整改照片.jpg'],
    ['bad\u0000na\u0007me\r\n.pdf', 'badname.pdf'],
    ['evil\u202egpj.exe', 'evilgpj.exe'],
    ['', '文件'],
    ['...', '文件'],
    [undefined, '文件'],
  ])('%j → %j', (raw, clean) => expect(sanitizeFileName(raw)).toBe(clean));

  it('cuts a 300-character name to 200, keeping its extension', () => {
    const name = sanitizeFileName(`${'照'.repeat(300)}.jpeg`);
    expect([...name].length).toBe(200);
    expect(name.endsWith('照.jpeg')).toBe(true);
  });
});

describe('contentDisposition (RFC 5987)', () => {
  it('carries the UTF-8 name and an ASCII fallback', () => {
    expect(contentDisposition('inline', '整改 照片(1).jpg')).toBe(
      `inline; filename="__ __(1).jpg"; filename*=UTF-8''%E6%95%B4%E6%94%B9%20%E7%85%A7%E7%89%87%281%29.jpg`,
    );
    expect(contentDisposition('attachment', 'a"b.pdf')).toBe(
      `attachment; filename="a_b.pdf"; filename*=UTF-8''a%22b.pdf`,
    );
  });
});
