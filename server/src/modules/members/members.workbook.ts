// The member roster as a workbook: the console's export and an approved export request (which adds a
// watermark line naming the request, the requester and the approver) share it.
import type { FastifyReply } from 'fastify';
import { toXlsx } from '../../platform/spreadsheet.js';
import type { MemberView } from './members.schemas.js';

export async function membersWorkbook(members: MemberView[], en: boolean, watermark?: string): Promise<Buffer> {
  const headers = en
    ? [
        'Name',
        'ID number',
        'Mobile',
        'Gender',
        'Birth date',
        'Category',
        'Union',
        'Employer',
        'Card',
        'Status',
        'Joined',
      ]
    : [
        '姓名',
        '身份证号',
        '手机号',
        '性别',
        '出生日期',
        '身份类别',
        '所在工会',
        '工作单位',
        '会员卡号',
        '状态',
        '入会时间',
      ];
  const rows = members.map((m) => [
    m.name,
    m.idNumber,
    m.phone,
    m.gender,
    m.birthDate,
    m.category,
    m.union.name,
    m.employer?.name ?? '',
    m.cardNo,
    m.status,
    m.joinedAt.slice(0, 10),
  ]);
  return toXlsx(en ? 'Members' : '会员', headers, rows, watermark);
}

export function sendMembersWorkbook(reply: FastifyReply, book: Buffer) {
  reply
    .header('cache-control', 'no-store')
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="members.xlsx"; filename*=UTF-8''${encodeURIComponent('会员名册.xlsx')}`,
    );
  return reply.send(book);
}
