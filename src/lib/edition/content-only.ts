/**
 * A report file is content, not a program: of MDX it may use Markdown,
 * footnotes, the project's own components with literal attributes and a few
 * inline HTML elements. Everything that MDX would compile into code that runs
 * on the build machine or in the reader's browser (import/export, {expressions},
 * spread attributes, <script>, event handlers) is refused here, on the parsed
 * tree, before anything is compiled, so no expression is ever evaluated.
 * A footnote no marker points to is refused too: the page would not have it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface EditionProblem {
  /** 1-based line in the tree's text (add the frontmatter's lines for the file's line). */
  line: number;
  message: string;
  fix: string;
}

/** The components a report page renders (src/pages/bao-cao/[slug]/index.astro), with the attributes each takes. */
export const EDITION_COMPONENTS: Record<string, readonly string[]> = {
  Closing: ['recipients', 'signatureTitle', 'signer'],
  PhotoCaption: [],
};

/** Inline HTML an edition may use to reproduce the printed layout, with its only attributes. */
export const EDITION_HTML: Record<string, readonly string[]> = {
  span: ['class', 'lang', 'title'],
  abbr: ['title'],
  sup: [],
  sub: [],
  br: [],
  em: [],
  strong: [],
};

const COMPONENT_FIX = `dùng Markdown, hoặc các thành phần ${Object.keys(EDITION_COMPONENTS).join(', ')} và thẻ ${Object.keys(EDITION_HTML)
  .map((t) => `<${t}>`)
  .join(', ')}`;
const ESCAPE_FIX = 'nếu đây là chữ của văn bản, viết \\{ hoặc \\< (dấu gạch chéo ngược trước dấu ngoặc)';
/** For text MDX cannot read at all: the usual causes are a brace or angle bracket meant as a character. */
export const UNREADABLE_FIX = `${ESCAPE_FIX}; thẻ mở <…> phải có thẻ đóng; dòng bắt đầu bằng import/export phải là chữ (viết &#x69;mport)`;

type Estree = { type: string; body?: Estree[]; expression?: Estree; elements?: (Estree | null)[]; value?: unknown };

/** A literal written as an expression: a string, number or boolean, or a list of strings (recipients={["…", "…"]}). */
function isLiteral(program: Estree | undefined): boolean {
  const statement = program?.body?.length === 1 ? program.body[0] : undefined;
  const value = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (value?.type === 'Literal') return ['string', 'number', 'boolean'].includes(typeof value.value);
  return value?.type === 'ArrayExpression' && value.elements!.every((e) => e?.type === 'Literal' && typeof e.value === 'string');
}

export function contentOnlyProblems(tree: Root): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
  const referenced = new Set<string>();
  visit(tree, 'footnoteReference', (node) => void referenced.add(node.identifier));
  visit(tree, (node) => {
    switch (node.type) {
      case 'footnoteDefinition':
        // GFM leaves a note no marker points to off the page: its fn- id would be cited and not be there.
        if (!referenced.has(node.identifier)) {
          problems.push({
            line: at(node),
            message: `chú thích [^${node.label ?? node.identifier}] không được dẫn ở đâu trong văn bản, nên không có trên trang`,
            fix: `đặt [^${node.label ?? node.identifier}] vào chỗ văn bản dẫn chú thích, hoặc xoá chú thích`,
          });
        }
        break;
      case 'mdxjsEsm':
        problems.push({
          line: at(node),
          message: 'văn bản không được có import/export (mã chạy khi dựng trang)',
          fix: 'xoá dòng này; thành phần của trang có sẵn, không cần import',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const text = `{${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}}`;
        problems.push({ line: at(node), message: `biểu thức ${text} không được phép (mã chạy khi dựng trang)`, fix: ESCAPE_FIX });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = EDITION_COMPONENTS[name] ?? EDITION_HTML[name];
        if (!allowed) {
          problems.push({
            line: at(node),
            message: name ? `thẻ <${name}> không được phép` : 'thẻ rỗng <> không được phép',
            fix: `${COMPONENT_FIX}; ${ESCAPE_FIX}`,
          });
          break;
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            problems.push({
              line: at(node),
              message: `thuộc tính {${attribute.value}} của <${name}> không được phép`,
              fix: 'viết từng thuộc tính với giá trị cố định: ten="…"',
            });
          } else if (!allowed.includes(attribute.name)) {
            problems.push({
              line: at(node),
              message: `thuộc tính ${attribute.name} của <${name}> không được phép`,
              fix: allowed.length ? `chỉ dùng ${allowed.join(', ')}` : `<${name}> không có thuộc tính; xoá ${attribute.name}`,
            });
          } else if (
            attribute.value &&
            typeof attribute.value === 'object' &&
            !isLiteral(attribute.value.data?.estree as Estree | undefined)
          ) {
            problems.push({
              line: at(node),
              message: `thuộc tính ${attribute.name} của <${name}> là biểu thức {${attribute.value.value}}`,
              fix: 'dùng giá trị cố định: "…", hoặc danh sách chữ {["…", "…"]}',
            });
          }
        }
        break;
      }
    }
  });
  return problems;
}
