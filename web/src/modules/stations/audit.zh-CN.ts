// The stations module's sentences for the audit log (loaded with the audit page's messages).
const messages = {
  'audit.action.station.create': '新建了驿站或阵地',
  'audit.action.station.update': '修改了驿站信息',
  'audit.action.station.move': '更新了流动驿站的位置',
  'audit.action.station.move.flagged': '更新了驿站位置（移动过快，已标记待核实）',
  'audit.action.station.retire': '停用了驿站',
  'audit.action.station.manager.add': '指定了驿站管理员',
  'audit.action.station.manager.remove': '移除了驿站管理员',
  'audit.action.station.poster.reissue': '重新生成了驿站签到二维码',
  'audit.action.station.photo.add': '上传了驿站照片',
  'audit.action.station.photo.cover': '设置了驿站封面照片',
  'audit.action.station.photo.remove': '删除了驿站照片',
  'audit.action.station.amenity.add': '新增了驿站服务设施',
  'audit.action.station.visit.card': '扫会员码登记了到站',
  'audit.action.station.room.create': '新增了可预约场地',
  'audit.action.station.slot.close': '关闭了场地预约时段',
  'audit.action.station.booking.create': '预约了场地',
  'audit.action.station.booking.approve': '通过了场地预约',
  'audit.action.station.booking.reject': '拒绝了场地预约',
  'audit.action.station.booking.check_in': '为场地预约签到',
  'audit.action.station.review.reply': '回复了驿站评价',
  'audit.action.station.review.close': '办结了驿站评价',
} as const;
export default messages;

declare module '../../i18n' {
  interface ModuleMessages extends Record<keyof typeof messages, string> {}
}
