// Rows of the `employers` table. Only the employers module writes it.
export interface EmployerRow {
  id: number;
  credit_code: string;
  name: string;
  address: string | null;
  union_id: number;
  union_path: string;
  created_at: Date;
}
