import { Atlas } from "@/components/atlas";

export default function HomePage() {
  return <Atlas />;
}
